// Mistake: marks the float32 tensor as needing a gradient, then casts it: the float64 copy is no longer a leaf,
// so its grad stays null (PyTorch warns about the same thing).
// Fails: "o for the lecture’s numbers" with "Your code could not run: TypeError"
/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  const leaf = (x: number) => {
    const t = torch.Tensor([x]);
    t.requiresGrad = true;
    return t.double();
  };
  const [tx1, tx2, tw1, tw2, tb] = [x1, x2, w1, w2, b].map(leaf);
  const n = tx1.mul(tw1).add(tx2.mul(tw2)).add(tb);
  const o = torch.tanh(n);
  o.backward();
  return { o: o.item(), x1: tx1.grad!.item(), w1: tw1.grad!.item(), x2: tx2.grad!.item(), w2: tw2.grad!.item() };
}

console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
