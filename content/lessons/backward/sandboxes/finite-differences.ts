// Check autograd against the definition of a derivative: nudge one input by h, see how o moves.
function neuron(x1: number, x2: number, w1: number, w2: number, b: number): Value {
  return new Value(x1).mul(w1).add(new Value(x2).mul(w2)).add(b).tanh();
}
const inputs = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];
const names = ['x1', 'x2', 'w1', 'w2', 'b'];
const h = 1e-6;

const leaves = inputs.map((x) => new Value(x));
const o = leaves[0].mul(leaves[2]).add(leaves[1].mul(leaves[3])).add(leaves[4]).tanh();
o.backward();

inputs.forEach((_, i) => {
  const plus = inputs.map((x, j) => (j === i ? x + h : x));
  const minus = inputs.map((x, j) => (j === i ? x - h : x));
  const numeric = (neuron(...(plus as [number, number, number, number, number])).data - neuron(...(minus as [number, number, number, number, number])).data) / (2 * h);
  console.log(`${names[i]}: autograd ${leaves[i].grad.toFixed(6)}, finite differences ${numeric.toFixed(6)}`);
});
