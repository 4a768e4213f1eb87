// Mistake: Math.exp of the scaled logits as they are: exp(500) is Infinity, and Infinity / Infinity is NaN.
// Fails: "large logits do not overflow" with "overflows to Infinity"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const exps = logits.map((l) => Math.exp(l / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u < total) return i;
  }
  return exps.length - 1;
}
