// Mistake: each score divided by the sum of the scores — not softmax (no exp).
// Fails: "the weights for the lesson’s query and three keys" with "should be"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  const scores = keys.map((k) => {
    let dot = q[0].mul(k[0]);
    for (let j = 1; j < q.length; j++) dot = dot.add(q[j].mul(k[j]));
    return dot.div(Math.sqrt(q.length));
  });
  let total = scores[0];
  for (let t = 1; t < scores.length; t++) total = total.add(scores[t]);
  return scores.map((s) => s.div(total));
}
