// Mistake: tanh's derivative written with its input n instead of its output o: 1 - n² instead of 1 - o².
// Fails: "n.grad is 1 - o²" with "is it 1 - o² with o = tanh(n), not 1 - n²?"
/** The lecture's neuron: o = tanh(n), n = (x1*w1 + x2*w2) + b; every value here is already computed. */
export interface NeuronValues {
  x1: Value; x2: Value; w1: Value; w2: Value; b: Value;
  x1w1: Value; x2w2: Value; x1w1x2w2: Value; n: Value; o: Value;
}

/** Sets every grad by the chain rule, from o back to the leaves, using only .data. */
export function setGradients(v: NeuronValues): void {
  v.o.grad = 1;
  v.n.grad = (1 - v.n.data ** 2) * v.o.grad; // tanh: 1 - o², with o the output
  v.x1w1x2w2.grad = 1 * v.n.grad; // +: passes the gradient on
  v.b.grad = 1 * v.n.grad;
  v.x1w1.grad = 1 * v.x1w1x2w2.grad;
  v.x2w2.grad = 1 * v.x1w1x2w2.grad;
  v.x1.grad = v.w1.data * v.x1w1.grad; // *: the other input's data
  v.w1.grad = v.x1.data * v.x1w1.grad;
  v.x2.grad = v.w2.data * v.x2w2.grad;
  v.w2.grad = v.x2.data * v.x2w2.grad;
}

// Try it on the lecture's numbers:
const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map((x) => new Value(x));
const x1w1 = x1.mul(w1);
const x2w2 = x2.mul(w2);
const x1w1x2w2 = x1w1.add(x2w2);
const n = x1w1x2w2.add(b);
const o = n.tanh();
setGradients({ x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o });
console.log('x1.grad', x1.grad, 'w1.grad', w1.grad, 'x2.grad', x2.grad, 'w2.grad', w2.grad);
