// Mistake: only the leaves are labelled.
// Fails: "every value carries the lecture's label" with "Labels missing: 'x1*w1', 'x2*w2', 'x1*w1 + x2*w2', 'n', 'o'"
export function neuron(x1Data: number, x2Data: number, w1Data: number, w2Data: number, bData: number): Value {
  const x1 = new Value(x1Data, [], '', 'x1');
  const x2 = new Value(x2Data, [], '', 'x2');
  const w1 = new Value(w1Data, [], '', 'w1');
  const w2 = new Value(w2Data, [], '', 'w2');
  const b = new Value(bData, [], '', 'b');
  const x1w1 = x1.mul(w1);
  const x2w2 = x2.mul(w2);
  const x1w1x2w2 = x1w1.add(x2w2);
  const n = x1w1x2w2.add(b);
  const o = n.tanh();
  return o;
}

export const o = neuron(2.0, 0.0, -3.0, 1.0, 6.8813735870195432);
draw(o);
