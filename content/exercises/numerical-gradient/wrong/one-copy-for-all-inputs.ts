// Mistake: one copy of xs for all inputs, moved and never put back, so each later estimate starts from a moved point.
// Fails: "it agrees with autograd on the lecture's neuron" with "Expected [-1.5, 0.5, 1, 0, 0.5]"
/** The gradient of f at xs, estimated by central differences: one number per input. */
export function numericalGradient(f: (xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  const at = xs.slice();
  return xs.map((_, i) => {
    at[i] += h;
    const up = f(at);
    at[i] -= 2 * h;
    const down = f(at);
    return (up - down) / (2 * h);
  });
}

// Try it: f(x, y) = x² y at (3, 2) has gradient (2xy, x²) = (12, 9).
console.log(numericalGradient(([x, y]) => x * x * y, [3, 2]));
