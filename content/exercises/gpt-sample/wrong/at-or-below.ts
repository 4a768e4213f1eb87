// Mistake: takes the first token whose running total is at least u, not greater than it.
// Fails: "u exactly on a running total belongs to the next token" with "must be greater than u, not equal to it"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u <= total) return i;
  }
  return exps.length - 1;
}
