// Mistake: leaves out x2*w2 since x2 is 0 anyway: the same o, but not the lecture's graph.
// Fails: "the graph has the lecture's ten values" with "trace(o) should find 10 values"
// The reference solution: every value of the lecture's neuron, labelled as the lecture labels them.
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
const w1 = new Value(-3.0, [], '', 'w1');
const w2 = new Value(1.0, [], '', 'w2');
const b = new Value(6.8813735870195432, [], '', 'b');
const x1w1 = x1.mul(w1);
x1w1.label = 'x1*w1';
const x1w1x2w2 = x1w1.add(0);
x1w1x2w2.label = 'x1*w1 + x2*w2';
const n = x1w1x2w2.add(b);
n.label = 'n';
export const o = n.tanh();
o.label = 'o';
draw(o);
