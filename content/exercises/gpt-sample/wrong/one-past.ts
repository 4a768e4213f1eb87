// Mistake: returns the index after the one whose running total passes u.
// Fails: "the lesson’s logits at temperature 1: u = 0.7 gives token 1, u = 0.1 token 0" with "one past it"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u < total) return i + 1;
  }
  return exps.length - 1;
}
