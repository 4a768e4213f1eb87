// Mistake: the running total of the exps, never divided by their sum.
// Fails: "the lesson’s logits at temperature 1: u = 0.7 gives token 1, u = 0.1 token 0" with "should be"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i];
    if (u < total) return i;
  }
  return exps.length - 1;
}
