/**
 * Choosing the next token: softmax of the logits divided by a temperature, then one draw. Below 1 the
 * temperature sharpens the distribution (safer, more common names), above 1 it flattens it (stranger ones).
 */
import type { Value } from '../value.ts';
import type { CharTokenizer } from './tokenizer.ts';
import type { GPT } from './model.ts';

/** The probabilities softmax(logits / temperature), as plain numbers. */
export function probabilities(logits: readonly Value[] | readonly number[], temperature: number): number[] {
  if (!(temperature > 0)) throw new RangeError(`probabilities: the temperature must be above 0, got ${temperature}`);
  const scaled = logits.map((l) => (typeof l === 'number' ? l : l.data) / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The index drawn: the first whose running total of `probs` passes `u` (a uniform number in [0, 1)). */
export function drawIndex(probs: readonly number[], u: number): number {
  let total = 0;
  for (let i = 0; i < probs.length; i++) {
    total += probs[i];
    if (u < total) return i;
  }
  return probs.length - 1; // u beyond a total that rounding left just under 1
}

/** A new name from the model: tokens drawn one at a time from BOS until BOS comes again or the context is full. */
export function generate(model: GPT, tokenizer: CharTokenizer, { temperature = 0.5, random = Math.random } = {}): string {
  const cache = model.newCache();
  const tokens: number[] = [];
  let token = tokenizer.BOS;
  for (let pos = 0; pos < model.blockSize; pos++) {
    token = drawIndex(probabilities(model.forward(token, pos, cache), temperature), random());
    if (token === tokenizer.BOS) break;
    tokens.push(token);
  }
  return tokenizer.decode(tokens);
}
