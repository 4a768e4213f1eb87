// Mistake: divides by the mean square itself, not its square root.
// Fails: "rmsnorm([3, -1, 2]) divides each by sqrt(14/3 + 1e-5)" with "take its square root"
export function rmsnorm(x: Value[]): Value[] {
  let sumOfSquares = x[0].mul(x[0]);
  for (let i = 1; i < x.length; i++) sumOfSquares = sumOfSquares.add(x[i].mul(x[i]));
  const scale = sumOfSquares.div(x.length).add(1e-5).pow(-1);
  return x.map((xi) => xi.mul(scale));
}
