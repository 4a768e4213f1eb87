// Mistake: the bias 8 from earlier in the lecture, where tanh squashes o almost to 1.
// Fails: "o is the lecture's output" with "is the bias the lecture's 6.8813735870195432?"
// The reference solution: every value of the lecture's neuron, labelled as the lecture labels them.
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
const w1 = new Value(-3.0, [], '', 'w1');
const w2 = new Value(1.0, [], '', 'w2');
const b = new Value(8.0, [], '', 'b');
const x1w1 = x1.mul(w1);
x1w1.label = 'x1*w1';
const x2w2 = x2.mul(w2);
x2w2.label = 'x2*w2';
const x1w1x2w2 = x1w1.add(x2w2);
x1w1x2w2.label = 'x1*w1 + x2*w2';
const n = x1w1x2w2.add(b);
n.label = 'n';
export const o = n.tanh();
o.label = 'o';
draw(o);
