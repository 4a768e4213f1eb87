// Mistake: divides by sqrt(mean of squares), without the 1e-5 (all zeros then divide 0 by 0).
// Fails: "rmsnorm([3, -1, 2]) divides each by sqrt(14/3 + 1e-5)" with "add 1e-5 under the root"
export function rmsnorm(x: Value[]): Value[] {
  let sumOfSquares = x[0].mul(x[0]);
  for (let i = 1; i < x.length; i++) sumOfSquares = sumOfSquares.add(x[i].mul(x[i]));
  const scale = sumOfSquares.div(x.length).pow(-0.5);
  return x.map((xi) => xi.mul(scale));
}
