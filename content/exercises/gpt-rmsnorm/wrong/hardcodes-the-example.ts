// Mistake: an attempt to pass without solving — the example's mean square 14/3, whatever x is.
// Fails: "backward() from the first output gives every input its gradient, through the mean square too" with "each input gets only its own output’s share"
export function rmsnorm(x: Value[]): Value[] {
  return x.map((xi) => xi.mul(new Value(14 / 3 + 1e-5).pow(-0.5)));
}
