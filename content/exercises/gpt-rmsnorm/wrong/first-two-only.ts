// Mistake: the mean square of the first two inputs only (the loop stops early).
// Fails: "rmsnorm([3, -1, 2]) divides each by sqrt(14/3 + 1e-5)" with "should be"
export function rmsnorm(x: Value[]): Value[] {
  let sumOfSquares = x[0].mul(x[0]);
  for (let i = 1; i < Math.min(2, x.length); i++) sumOfSquares = sumOfSquares.add(x[i].mul(x[i]));
  const scale = sumOfSquares.div(x.length).add(1e-5).pow(-0.5);
  return x.map((xi) => xi.mul(scale));
}
