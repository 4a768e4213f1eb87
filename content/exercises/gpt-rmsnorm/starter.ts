// RMSNorm: every x_i divided by sqrt(mean(x²) + 1e-5), as Values.
export function rmsnorm(x: Value[]): Value[] {
  // Your code here: the mean of the squares, the scale, then each x_i times the scale.
  return x;
}

const x = [3, -1, 2].map((v) => new Value(v));
console.log(rmsnorm(x).map((v) => v.data));
