// The reference solution: microgpt's attention logits, then softmax.
export function attentionWeights(q: Value[], keys: Value[][]): Value[] {
  const scores = keys.map((k) => {
    let dot = q[0].mul(k[0]);
    for (let j = 1; j < q.length; j++) dot = dot.add(q[j].mul(k[j]));
    return dot.div(Math.sqrt(q.length));
  });
  return softmax(scores);
}

// Stryker disable all: the try-it code, given by the starter.
const vec = (numbers: number[]) => numbers.map((n) => new Value(n));
const weights = attentionWeights(vec([1, 0.5]), [vec([0.2, 0.1]), vec([1, 1]), vec([-0.5, 0.3])]);
console.log(weights.map((w) => w.data));
// Stryker restore all
