// Mistake: the square root of the number of keys, not of the vectors' length.
// Fails: "the weights for the lesson’s query and three keys" with "the number of keys"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return softmax(keys.map((k) => {
    let dot = q[0].mul(k[0]);
    for (let j = 1; j < q.length; j++) dot = dot.add(q[j].mul(k[j]));
    return dot.div(Math.sqrt(keys.length));
  }));
}
