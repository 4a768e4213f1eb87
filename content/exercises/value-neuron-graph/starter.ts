// The lecture's neuron: o = tanh(x1*w1 + x2*w2 + b). Build it, label every value, and draw it.
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
// Your code here: w1, w2, b, then x1*w1, x2*w2, their sum, n and o, each labelled.

export const o = x1.mul(x2); // replace this
draw(o);
