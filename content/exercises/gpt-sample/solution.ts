// The reference solution: microgpt's sampling, with the draw written out.
export function sampleToken(logits: number[], temperature: number, u: number): number {
  const scaled = logits.map((l) => l / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let total = 0;
  // Stryker disable next-line EqualityOperator: one step past the end adds NaN, and u < NaN is false: the same answer.
  for (let i = 0; i < exps.length; i++) {
    total += exps[i] / sum;
    if (u < total) return i;
  }
  return exps.length - 1; // u beyond a total that rounding left just under 1
}

// Stryker disable all: the try-it code, given by the starter.
console.log(sampleToken([2, 1, 0.5, -1], 1, 0.7)); // 1
// Stryker restore all
