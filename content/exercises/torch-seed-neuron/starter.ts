/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  // Your code here: make a tensor of each number as the lecture does, then n, o, and o.backward().
  return { o: 0, x1: 0, w1: 0, x2: 0, w2: 0 };
}

// Try it with the lecture's numbers: PyTorch printed o = 0.7071066904050358, x1.grad = -1.5000003851533106, …
console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
