// The lecture's neuron, o = tanh(x1*w1 + x2*w2 + b), built from any five numbers, every value labelled.
export function neuron(x1Data: number, x2Data: number, w1Data: number, w2Data: number, bData: number): Value {
  const x1 = new Value(x1Data, [], '', 'x1');
  const x2 = new Value(x2Data, [], '', 'x2');
  // Your code here: w1, w2 and b, then x1*w1, x2*w2, their sum, n and o, each labelled.

  return x1.mul(x2); // replace this: return o
}

// The lecture's numbers.
export const o = neuron(2.0, 0.0, -3.0, 1.0, 6.8813735870195432);
draw(o);
