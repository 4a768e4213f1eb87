/**
 * The small functions a GPT is made of, each a few Value ops (so backward() differentiates them like any
 * other expression): a linear layer, softmax, RMSNorm, and one attention head.
 */
import { Value } from '../value.ts';

/** Σ a[i]·b[i], summed left to right. */
export function dot(a: readonly Value[], b: readonly Value[]): Value {
  let sum = a[0].mul(b[0]);
  for (let i = 1; i < a.length; i++) sum = sum.add(a[i].mul(b[i]));
  return sum;
}

/** A linear layer without bias: out[o] = Σ_i w[o][i]·x[i], a row of `w` per output. */
export function linear(x: readonly Value[], w: readonly (readonly Value[])[]): Value[] {
  return w.map((row) => dot(row, x));
}

/**
 * Numbers to probabilities: exp(x_i) / Σ exp(x_j). The largest logit is subtracted first (as a plain number,
 * so it changes no gradient): exp never overflows, and the result is the same.
 */
export function softmax(logits: readonly Value[]): Value[] {
  const max = Math.max(...logits.map((l) => l.data));
  const exps = logits.map((l) => l.sub(max).exp());
  let total = exps[0];
  for (let i = 1; i < exps.length; i++) total = total.add(exps[i]);
  return exps.map((e) => e.div(total));
}

/** RMSNorm: x scaled to a root mean square of 1, x_i / sqrt(mean(x²) + 1e-5). It has no parameters here. */
export function rmsnorm(x: readonly Value[]): Value[] {
  const meanSquare = dot(x, x).div(x.length);
  const scale = meanSquare.add(1e-5).pow(-0.5);
  return x.map((xi) => xi.mul(scale));
}

/**
 * Causal attention weights of one head at one position: how much the query `q` attends to each key so far
 * (`keys[t]` for t = 0…now; a later position has no key yet, which is what makes it causal). The scores
 * q·k_t / sqrt(d) through softmax.
 */
export function attentionWeights(q: readonly Value[], keys: readonly (readonly Value[])[]): Value[] {
  const scale = Math.sqrt(q.length);
  return softmax(keys.map((k) => dot(q, k).div(scale)));
}

/** One head's output: the values mixed by the attention weights, Σ_t weights[t]·values[t]. */
export function attend(weights: readonly Value[], values: readonly (readonly Value[])[]): Value[] {
  return values[0].map((_, j) => {
    let sum = weights[0].mul(values[0][j]);
    for (let t = 1; t < values.length; t++) sum = sum.add(weights[t].mul(values[t][j]));
    return sum;
  });
}
