/** The lecture's neuron: o = tanh(n), n = (x1*w1 + x2*w2) + b; every value here is already computed. */
export interface NeuronValues {
  x1: Value; x2: Value; w1: Value; w2: Value; b: Value;
  x1w1: Value; x2w2: Value; x1w1x2w2: Value; n: Value; o: Value;
}

/** Sets every grad by the chain rule, from o back to the leaves, using only .data. */
export function setGradients(v: NeuronValues): void {
  v.o.grad = 1;
  // Your code here: n, then x1w1x2w2 and b, then x1w1 and x2w2, then x1, w1, x2, w2.
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
