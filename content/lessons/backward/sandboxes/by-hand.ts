// The lecture's neuron, with every gradient filled in by hand — no backward() yet.
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

o.grad = 1;                          // do/do
n.grad = (1 - o.data ** 2) * o.grad; // tanh: local 1 - o², times upstream
sum.grad = 1 * n.grad;               // +: local 1
b.grad = 1 * n.grad;
x1w1.grad = 1 * sum.grad;
x2w2.grad = 1 * sum.grad;
x1.grad = w1.data * x1w1.grad;       // *: local is the other input
w1.grad = x1.data * x1w1.grad;
x2.grad = w2.data * x2w2.grad;
w2.grad = x2.data * x2w2.grad;

draw(o);
