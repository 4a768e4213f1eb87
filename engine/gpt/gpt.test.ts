// The GPT on the engine, part by part. Its training is held to a plain-Python port of the same model in
// engine/bench/gpt-port.test.ts.
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../random.ts';
import { Value } from '../value.ts';
import { Adam } from './adam.ts';
import { attentionWeights, softmax } from './layers.ts';
import { GPT, type ForwardTrace } from './model.ts';
import { drawIndex, generate, probabilities } from './sample.ts';
import { CharTokenizer } from './tokenizer.ts';

describe('CharTokenizer', () => {
  const tokenizer = new CharTokenizer(['emma', 'ava', 'bo']);
  test('a token per character, sorted, and BOS after them', () => {
    expect(tokenizer.chars).toEqual(['a', 'b', 'e', 'm', 'o', 'v']);
    expect(tokenizer.BOS).toBe(6);
    expect(tokenizer.vocabSize).toBe(7);
    expect(tokenizer.encode('emma')).toEqual([6, 2, 3, 3, 0, 6]);
    expect(tokenizer.decode([6, 2, 3, 3, 0, 6])).toBe('emma');
  });
  test('a character it was not built from is a clear error', () => {
    expect(() => tokenizer.encode('zoe')).toThrow('CharTokenizer: "z" is not one of the characters it was built from');
  });
});

describe('GPT', () => {
  const model = new GPT({ vocabSize: 7, nEmbd: 8, nHead: 2, blockSize: 4 }, { seed: 1 });

  test("microgpt's size has 4,224 parameters for 28 tokens", () => {
    expect(new GPT({ vocabSize: 28 }).parameters()).toHaveLength(28 * 16 * 2 + 16 * 16 + 4 * 16 * 16 + 2 * 64 * 16);
  });

  test('one step gives a logit per token, remembers its keys and values, and attends causally', () => {
    const cache = model.newCache();
    const trace: ForwardTrace = { attention: [] };
    for (let pos = 0; pos < 3; pos++) expect(model.forward(pos, pos, cache, pos === 2 ? trace : undefined)).toHaveLength(7);
    expect(cache.keys[0]).toHaveLength(3);
    // At position 2 each head weighs positions 0, 1 and 2 — never a later one — and its weights sum to 1.
    expect(trace.attention[0]).toHaveLength(2);
    for (const head of trace.attention[0]) {
      expect(head).toHaveLength(3);
      expect(head.reduce((s, w) => s + w.data, 0)).toBeCloseTo(1, 14);
    }
  });

  test('the same seed gives the same weights; a bad token or position is a clear error', () => {
    const again = new GPT({ vocabSize: 7, nEmbd: 8, nHead: 2, blockSize: 4 }, { seed: 1 });
    expect(again.parameters().map((p) => p.data)).toEqual(model.parameters().map((p) => p.data));
    expect(() => model.forward(7, 0, model.newCache())).toThrow('GPT.forward: token 7 is not in 0…6');
    expect(() => model.forward(0, 4, model.newCache())).toThrow('GPT.forward: position 4 is not in 0…3');
    expect(() => new GPT({ vocabSize: 7, nEmbd: 10, nHead: 4 })).toThrow('GPT: nEmbd (10) must be a multiple of nHead (4)');
  });
});

describe('layers', () => {
  test('softmax sums to 1 and is unchanged by a shift of every logit', () => {
    const p = softmax([1, 2, 3].map((x) => new Value(x)));
    const q = softmax([1001, 1002, 1003].map((x) => new Value(x)));
    expect(p.reduce((s, v) => s + v.data, 0)).toBeCloseTo(1, 15);
    p.forEach((v, i) => expect(q[i].data).toBeCloseTo(v.data, 15));
  });

  test('attention weights are softmax(q·k / sqrt(d)) over the keys so far', () => {
    const q = [1, 0].map((x) => new Value(x));
    const keys = [[2, 0], [0, 2]].map((k) => k.map((x) => new Value(x)));
    const w = attentionWeights(q, keys).map((v) => v.data);
    const e = Math.exp(2 / Math.SQRT2);
    expect(w[0]).toBeCloseTo(e / (e + 1), 14);
    expect(w[1]).toBeCloseTo(1 / (e + 1), 14);
  });
});

describe('Adam and sampling', () => {
  test("one Adam step moves a parameter by lr·m̂/(sqrt(v̂)+eps), which on the first step is lr·sign(grad)", () => {
    const p = new Value(1);
    p.grad = 0.3;
    new Adam([p], { lr: 0.1 }).step();
    expect(p.data).toBeCloseTo(1 - 0.1 * (0.3 / (0.3 + 1e-8)), 15);
    expect(p.grad).toBe(0);
  });

  test('temperature sharpens below 1 and flattens above; draws follow the running total', () => {
    const logits = [1, 2, 3];
    const cold = probabilities(logits, 0.5);
    const hot = probabilities(logits, 2);
    expect(cold[2]).toBeGreaterThan(probabilities(logits, 1)[2]);
    expect(hot[2]).toBeLessThan(probabilities(logits, 1)[2]);
    expect(drawIndex([0.2, 0.5, 0.3], 0.1)).toBe(0);
    expect(drawIndex([0.2, 0.5, 0.3], 0.69)).toBe(1);
    expect(drawIndex([0.2, 0.5, 0.3], 0.7)).toBe(2);
    expect(() => probabilities(logits, 0)).toThrow('the temperature must be above 0');
  });
});

describe('generating', () => {
  test('a trained-for-a-moment model still generates names from its own characters', () => {
    const tokenizer = new CharTokenizer(['anna', 'bob']);
    const model = new GPT({ vocabSize: tokenizer.vocabSize, blockSize: 6 }, { seed: 3 });
    const names = Array.from({ length: 5 }, () => generate(model, tokenizer, { temperature: 1, random: seededRandom(9) }));
    for (const name of names) expect(name).toMatch(/^[abno]{0,6}$/);
  });
});
