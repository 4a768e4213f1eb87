// Mistake: softmax of the logits as they are: the temperature is never used.
// Fails: "a temperature below 1 sharpens" with "divide the logits by the temperature first"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u < total) return i;
  }
  return exps.length - 1;
}
