/** The lecture's PyTorch demo: o and the leaf gradients, as PyTorch printed them. */
export function seedDemo(): { o: number; x1: number; w1: number; x2: number; w2: number } {
  // Your code here: make x1, x2, w1, w2, b as the lecture does, then n, o, and o.backward().
  return { o: 0, x1: 0, w1: 0, x2: 0, w2: 0 };
}

console.log(seedDemo());
