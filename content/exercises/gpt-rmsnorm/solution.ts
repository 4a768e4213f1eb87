// The reference solution: microgpt's rmsnorm.
export function rmsnorm(x: Value[]): Value[] {
  let sumOfSquares = x[0].mul(x[0]);
  for (let i = 1; i < x.length; i++) sumOfSquares = sumOfSquares.add(x[i].mul(x[i]));
  const scale = sumOfSquares.div(x.length).add(1e-5).pow(-0.5);
  return x.map((xi) => xi.mul(scale));
}

// Stryker disable all: the try-it code, given by the starter.
const x = [3, -1, 2].map((v) => new Value(v));
console.log(rmsnorm(x).map((v) => v.data));
// Stryker restore all
