// Mistake: not by hand at all: reaches for the engine's backward() through the values' prototype.
// Fails: "o.grad is 1" with "TypeError"
/** One value of the neuron, as a plain record: its number and its gradient (no ops, no backward()). */
export interface Scalar {
  data: number;
  grad: number;
}

/** The lecture's neuron: o = tanh(n), n = (x1*w1 + x2*w2) + b; every value here is already computed. */
export interface NeuronValues {
  x1: Scalar; x2: Scalar; w1: Scalar; w2: Scalar; b: Scalar;
  x1w1: Scalar; x2w2: Scalar; x1w1x2w2: Scalar; n: Scalar; o: Scalar;
}

/** Sets every grad by the chain rule, from o back to the leaves, using only .data. */
export function setGradients(v: NeuronValues): void {
  const backward = (Object.getPrototypeOf(v.o) as { backward: (this: unknown) => void }).backward;
  backward.call(v.o);
}

// Try it on the lecture's numbers: each value a plain record, its data computed by hand here too.
const record = (data: number): Scalar => ({ data, grad: 0 });
const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map(record);
const x1w1 = record(x1.data * w1.data);
const x2w2 = record(x2.data * w2.data);
const x1w1x2w2 = record(x1w1.data + x2w2.data);
const n = record(x1w1x2w2.data + b.data);
const o = record(Math.tanh(n.data));
setGradients({ x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o });
console.log('x1.grad', x1.grad, 'w1.grad', w1.grad, 'x2.grad', x2.grad, 'w2.grad', w2.grad);
