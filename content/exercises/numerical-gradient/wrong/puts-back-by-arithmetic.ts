// Mistake: moves xs[i] in place and puts it back by adding h again, which can leave it an ulp away from where it was.
// Fails: "it leaves xs as it found it" with "is [3.0000000000000004, 2] after it — work on copies, or put back the number you saved"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((_, i) => {
    xs[i] += h;
    const up = f(xs);
    xs[i] -= 2 * h;
    const down = f(xs);
    xs[i] += h;
    return (up - down) / (2 * h);
  });
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
