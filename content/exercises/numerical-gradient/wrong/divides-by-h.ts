// Mistake: divides the central difference by h instead of 2h, so every estimate is twice the derivative.
// Fails: "f(x) = x² at x = 3 has derivative 6" with "divide by 2h, not h"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((_, i) => (f(xs.map((v, j) => (j === i ? v + h : v))) - f(xs.map((v, j) => (j === i ? v - h : v)))) / h);
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
