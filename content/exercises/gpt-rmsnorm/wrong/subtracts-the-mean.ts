// Mistake: LayerNorm's centring — subtracts the mean first, which RMSNorm does not.
// Fails: "rmsnorm([3, -1, 2]) divides each by sqrt(14/3 + 1e-5)" with "should be"
export function rmsnorm(x: Value[]): Value[] {
  let sum = x[0];
  for (let i = 1; i < x.length; i++) sum = sum.add(x[i]);
  const mean = sum.div(x.length);
  const centred = x.map((xi) => xi.sub(mean));
  let sumOfSquares = centred[0].mul(centred[0]);
  for (let i = 1; i < centred.length; i++) sumOfSquares = sumOfSquares.add(centred[i].mul(centred[i]));
  const scale = sumOfSquares.div(x.length).add(1e-5).pow(-0.5);
  return centred.map((xi) => xi.mul(scale));
}
