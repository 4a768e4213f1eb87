/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  const leaf = (x: number) => {
    const t = torch.Tensor([x]).double(); // float32 first, as the lecture, then float64
    t.requiresGrad = true; // on the float64 tensor: that is the leaf whose grad backward() fills
    return t;
  };
  const [tx1, tx2, tw1, tw2, tb] = [x1, x2, w1, w2, b].map(leaf);
  const n = tx1.mul(tw1).add(tx2.mul(tw2)).add(tb);
  const o = torch.tanh(n);
  o.backward();
  return { o: o.item(), x1: tx1.grad!.item(), w1: tw1.grad!.item(), x2: tx2.grad!.item(), w2: tw2.grad!.item() };
}

// Stryker disable all: the try-it code is given by the starter.
// Try it with the lecture's numbers: PyTorch printed o = 0.7071066904050358, x1.grad = -1.5000003851533106, …
console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
// Stryker restore all
