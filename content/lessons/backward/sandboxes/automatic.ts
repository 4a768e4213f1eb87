// The same neuron, and one call to backward().
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
const w1 = new Value(-3.0, [], '', 'w1');
const w2 = new Value(1.0, [], '', 'w2');
const b = new Value(6.8813735870195432, [], '', 'b');
const n = x1.mul(w1).add(x2.mul(w2)).add(b);
n.label = 'n';
const o = n.tanh();
o.label = 'o';

o.backward();

// The order backward() visited them in: the topological order, reversed.
console.log(topologicalOrder(o).reverse().map((v) => v.label || v.op).join(' → '));
console.log('x1.grad', x1.grad, 'w1.grad', w1.grad, 'x2.grad', x2.grad, 'w2.grad', w2.grad);
draw(o);
