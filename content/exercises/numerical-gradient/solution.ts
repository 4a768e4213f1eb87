// Stryker disable all: the starter gives the signature (with its default h) and the try-it code.
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  // Stryker restore all
  return xs.map((_, i) => {
    const plus = xs.map((v, j) => (j === i ? v + h : v));
    const minus = xs.map((v, j) => (j === i ? v - h : v));
    return (f(plus) - f(minus)) / (2 * h); // central difference: error ~h²
  });
}

// Stryker disable all: the try-it code below is given by the starter.
// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
