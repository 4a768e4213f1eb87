// Mistake: returns the scaled scores themselves, without softmax.
// Fails: "the weights for the lesson’s query and three keys" with "should sum to 1"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return keys.map((k) => {
    let dot = q[0].mul(k[0]);
    for (let j = 1; j < q.length; j++) dot = dot.add(q[j].mul(k[j]));
    return dot.div(Math.sqrt(q.length));
  });
}
