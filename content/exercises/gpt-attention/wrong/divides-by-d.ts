// Mistake: divides by d, not by its square root.
// Fails: "the weights for the lesson’s query and three keys" with "divided by d itself"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return softmax(keys.map((k) => {
    let dot = q[0].mul(k[0]);
    for (let j = 1; j < q.length; j++) dot = dot.add(q[j].mul(k[j]));
    return dot.div(q.length);
  }));
}
