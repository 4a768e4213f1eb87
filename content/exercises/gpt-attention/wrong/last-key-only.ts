// Mistake: all the weight on the current position, as if attention could look nowhere else.
// Fails: "the weights for the lesson’s query and three keys" with "should be"
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  return keys.map((_, t) => new Value(t === keys.length - 1 ? 1 : 0));
}
