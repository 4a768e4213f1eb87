// Mistake: computes n in float32 and only casts n to float64 before tanh, so the products and the sum are rounded to float32.
// Fails: "x1.grad and w1.grad for the lecture’s numbers" with "these are float32 numbers: is every tensor cast to float64 with .double()?"
/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  const [tx1, tx2, tw1, tw2, tb] = [x1, x2, w1, w2, b].map((x) => {
    const t = torch.Tensor([x]);
    t.requiresGrad = true;
    return t;
  });
  const n = tx1.mul(tw1).add(tx2.mul(tw2)).add(tb).double();
  const o = torch.tanh(n);
  o.backward();
  return { o: o.item(), x1: tx1.grad!.item(), w1: tw1.grad!.item(), x2: tx2.grad!.item(), w2: tw2.grad!.item() };
}

console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
