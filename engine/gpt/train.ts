/**
 * Training on one name: predict every next character, average the cross-entropy losses, backward, Adam step.
 */
import type { Value } from '../value.ts';
import type { Adam } from './adam.ts';
import { softmax } from './layers.ts';
import type { GPT } from './model.ts';

/** The mean cross-entropy of the model's predictions along `tokens` (at most its block size of them). */
export function sequenceLoss(model: GPT, tokens: readonly number[]): Value {
  const n = Math.min(model.blockSize, tokens.length - 1);
  const cache = model.newCache();
  let total: Value | undefined;
  for (let pos = 0; pos < n; pos++) {
    const probs = softmax(model.forward(tokens[pos], pos, cache));
    const loss = probs[tokens[pos + 1]].log().neg(); // -log p(the right next token)
    total = total ? total.add(loss) : loss;
  }
  return total!.mul(1 / n);
}

/** One training step on `tokens`, with the learning rate `lr`; returns the loss before the step. */
export function trainStep(model: GPT, optimizer: Adam, tokens: readonly number[], lr: number): number {
  const loss = sequenceLoss(model, tokens);
  loss.backward();
  optimizer.step(lr);
  return loss.data;
}

/** microgpt's schedule: the learning rate falls linearly from `lr` to 0 over `steps` steps. */
export function decayedLearningRate(lr: number, step: number, steps: number): number {
  return lr * (1 - step / steps);
}

/** A seeded shuffle (Fisher–Yates), so every learner trains on the names in the same order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
