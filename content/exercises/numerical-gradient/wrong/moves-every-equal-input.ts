// Mistake: moves every input equal to the one being estimated (v === x), not only the one at its index.
// Fails: "it gives the central-difference estimate" with "moves every input equal to xs[i] at once"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((x) => (f(xs.map((v) => (v === x ? v + h : v))) - f(xs.map((v) => (v === x ? v - h : v)))) / (2 * h));
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
