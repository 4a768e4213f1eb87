// Mistake: draws with Math.random() instead of the u it is given.
// Fails: "the lesson’s logits at temperature 1: u = 0.7 gives token 1, u = 0.1 token 0" with "should be"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const draw = Math.random() * 0 + 0.95; // stands for Math.random(): a u of its own
  let total = 0;
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (draw < total) return i;
  }
  return exps.length - 1;
}
