// Mistake: rebuilds the neuron with the engine's Value and copies its gradients; the engine is not in scope.
// Fails: "o.grad is 1" with "Value is not defined"
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
  const [x1, x2, w1, w2, b] = [v.x1, v.x2, v.w1, v.w2, v.b].map((r) => new Value(r.data));
  const x1w1 = x1.mul(w1);
  const x2w2 = x2.mul(w2);
  const x1w1x2w2 = x1w1.add(x2w2);
  const n = x1w1x2w2.add(b);
  const o = n.tanh();
  o.backward();
  const built = { x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o };
  for (const key of Object.keys(built) as Array<keyof NeuronValues>) v[key].grad = built[key].grad;
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
