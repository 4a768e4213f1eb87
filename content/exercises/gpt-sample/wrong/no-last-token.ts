// Mistake: when rounding leaves every running total at or below u, returns -1 instead of the last token.
// Fails: "a u beyond every running total (rounding) gives the last token" with "return the last token when no total is greater than u"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u < total) return i;
  }
  return -1;
}
