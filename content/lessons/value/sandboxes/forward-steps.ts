// The forward pass, one value at a time: Step (or →) computes the next value from its inputs, in the
// order the code below made them. Back (←) undoes one; Play runs through.
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
const w1 = new Value(-3.0, [], '', 'w1');
const w2 = new Value(1.0, [], '', 'w2');
const b = new Value(6.8813735870195432, [], '', 'b');
const x1w1 = x1.mul(w1); x1w1.label = 'x1*w1';
const x2w2 = x2.mul(w2); x2w2.label = 'x2*w2';
const sum = x1w1.add(x2w2); sum.label = 'x1*w1 + x2*w2';
const n = sum.add(b); n.label = 'n';
const o = n.tanh(); o.label = 'o';

draw(o, { step: 'forward' });
