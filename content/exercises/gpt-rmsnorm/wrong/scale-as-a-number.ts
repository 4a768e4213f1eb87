// Mistake: the scale is a plain number from .data, so backward() sees no path through the mean square.
// Fails: "backward() from the first output gives every input its gradient, through the mean square too" with "each input gets only its own output’s share"
export function rmsnorm(x: Value[]): Value[] {
  const meanSquare = x.reduce((s, xi) => s + xi.data * xi.data, 0) / x.length;
  const scale = 1 / Math.sqrt(meanSquare + 1e-5);
  return x.map((xi) => xi.mul(scale));
}
