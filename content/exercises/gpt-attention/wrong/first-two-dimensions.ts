// Mistake: the dot product over the first two numbers only — the lesson's head size, hard-coded.
// Fails: "the weights are right for other heads: sizes 1 to 6, 1 to 8 positions, equal keys, zeros" with "Your code threw TypeError"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return softmax(keys.map((k) => q[0].mul(k[0]).add(q[1].mul(k[1])).div(Math.sqrt(2))));
}
