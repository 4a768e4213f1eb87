/** The lecture's PyTorch demo: o and the leaf gradients, as PyTorch printed them. */
export function seedDemo(): { o: number; x1: number; w1: number; x2: number; w2: number } {
  const leaf = (x: number) => {
    const t = torch.Tensor([x]).double(); // float32 first, as the lecture
    t.requiresGrad = true;
    return t;
  };
  const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map(leaf);
  const n = x1.mul(w1).add(x2.mul(w2)).add(b);
  const o = torch.tanh(n);
  o.backward();
  return { o: o.item(), x1: x1.grad!.item(), w1: w1.grad!.item(), x2: x2.grad!.item(), w2: w2.grad!.item() };
}

console.log(seedDemo());
