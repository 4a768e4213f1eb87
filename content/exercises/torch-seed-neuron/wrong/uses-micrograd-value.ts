// Mistake: reaches for micrograd's Value (not in this exercise's scope: it asks for torch) with float32-rounded inputs.
// Fails: "o for the lecture’s numbers" with "Value is not defined"
/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  const [vx1, vx2, vw1, vw2, vb] = [x1, x2, w1, w2, b].map((x) => new Value(Math.fround(x)));
  const o = vx1.mul(vw1).add(vx2.mul(vw2)).add(vb).tanh();
  o.backward();
  return { o: o.data, x1: vx1.grad, w1: vw1.grad, x2: vx2.grad, w2: vw2.grad };
}

console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
