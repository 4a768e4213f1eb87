// Mistake: rescales the inputs themselves and returns them.
// Fails: "backward() from the first output gives every input its gradient, through the mean square too" with "as if each output were its input itself"
export function rmsnorm(x: Value[]): Value[] {
  const meanSquare = x.reduce((s, xi) => s + xi.data * xi.data, 0) / x.length;
  for (const xi of x) xi.data /= Math.sqrt(meanSquare + 1e-5);
  return x;
}
