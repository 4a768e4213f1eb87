// Mistake: finds the input to move with indexOf(its value), so of two equal inputs both move the first.
// Fails: "it gives the central-difference estimate" with "find input i by its index, not by its value"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((x) => {
    const i = xs.indexOf(x);
    const plus = xs.map((v, j) => (j === i ? v + h : v));
    const minus = xs.map((v, j) => (j === i ? v - h : v));
    return (f(plus) - f(minus)) / (2 * h);
  });
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
