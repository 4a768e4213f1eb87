// Mistake: the one-sided difference (f(x + h) - f(x)) / h, whose error shrinks only like h.
// Fails: "it uses the central difference" with "one-sided"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  const base = f(xs);
  return xs.map((_, i) => (f(xs.map((v, j) => (j === i ? v + h : v))) - base) / h);
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
