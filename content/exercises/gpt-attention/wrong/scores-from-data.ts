// Mistake: the scores as plain numbers from .data, wrapped in new Values: backward() never reaches q or the keys.
// Fails: "backward() from the first weight reaches the query and every key" with "are the weights made from q and the keys with Value ops?"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return softmax(keys.map((k) => new Value(k.reduce((s, kj, j) => s + kj.data * q[j].data, 0) / Math.sqrt(q.length))));
}
