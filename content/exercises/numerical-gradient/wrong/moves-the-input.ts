// Mistake: moves xs[i] in place and forgets to put it back, so later estimates start from the wrong point.
// Fails: "it leaves xs as it found it" with "xs was [3, 2] before the call and is [2.9999990000000003, 1.999999] after it"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((_, i) => {
    xs[i] += h;
    const up = f(xs);
    xs[i] -= 2 * h;
    const down = f(xs);
    return (up - down) / (2 * h);
  });
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
