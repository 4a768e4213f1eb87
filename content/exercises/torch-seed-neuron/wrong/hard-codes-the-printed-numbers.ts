// Mistake: returns the five numbers the lecture printed, whatever the arguments.
// Fails: "o for other numbers" with "o should be"
/** The lecture's PyTorch neuron for the numbers given: o and the four leaf gradients, as PyTorch computes them. */
export function seedDemo(x1: number, x2: number, w1: number, w2: number, b: number): { o: number; x1: number; w1: number; x2: number; w2: number } {
  return { o: 0.7071066904050358, x1: -1.5000003851533106, w1: 1.0000002567688737, x2: 0.5000001283844369, w2: 0.0 };
}

console.log(seedDemo(2.0, 0.0, -3.0, 1.0, 6.8813735870195432));
