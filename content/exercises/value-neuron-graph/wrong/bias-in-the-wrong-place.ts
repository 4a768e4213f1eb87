// Mistake: n adds the bias to x2*w2 before the sum, so n's children are not the lecture's (o.data is the same).
// Fails: "o = tanh(n), n = (x1*w1 + x2*w2) + b" with "the children (prev) of 'n' should be 'b' and 'x1*w1 + x2*w2'"
export function neuron(x1Data: number, x2Data: number, w1Data: number, w2Data: number, bData: number): Value {
  const x1 = new Value(x1Data, [], '', 'x1');
  const x2 = new Value(x2Data, [], '', 'x2');
  const w1 = new Value(w1Data, [], '', 'w1');
  const w2 = new Value(w2Data, [], '', 'w2');
  const b = new Value(bData, [], '', 'b');
  const x1w1 = x1.mul(w1);
  x1w1.label = 'x1*w1';
  const x2w2 = x2.mul(w2);
  x2w2.label = 'x2*w2';
  const x2w2b = x2w2.add(b);
  x2w2b.label = 'x1*w1 + x2*w2';
  const n = x1w1.add(x2w2b);
  n.label = 'n';
  const o = n.tanh();
  o.label = 'o';
  return o;
}

export const o = neuron(2.0, 0.0, -3.0, 1.0, 6.8813735870195432);
draw(o);
