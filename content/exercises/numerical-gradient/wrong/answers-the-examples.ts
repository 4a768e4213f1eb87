// Mistake: returns the examples' answers (a lookup on the inputs) and estimates nothing.
// Fails: "it gives the central-difference estimate" with "should be"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  const known: Record<string, number[]> = {
    '3': [6],
    '3,2': [12, 9],
    '1': [3.000001],
    '2,0,-3,1,6.881373587019543': [-1.5, 0.5, 1, 0, 0.5],
  };
  return known[xs.join(',')] ?? xs.map(() => 0);
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
