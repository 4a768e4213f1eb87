// Mistake: always steps by 1e-6, whatever h it is given.
// Fails: "it uses the central difference" with "use the h you are given"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  const step = 1e-6;
  return xs.map((_, i) => (f(xs.map((v, j) => (j === i ? v + step : v))) - f(xs.map((v, j) => (j === i ? v - step : v)))) / (2 * step));
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
