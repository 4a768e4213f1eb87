import { describe, expect, test } from 'vitest';
import { Layer, MLP, Neuron } from './nn.ts';
import { seededRandom } from './random.ts';
import { tanh } from './tanh.ts';
import { Value } from './value.ts';

describe('Neuron', () => {
  test('computes tanh(w · x + b) by default', () => {
    const n = new Neuron(2, { seed: 1 });
    const [w1, w2] = n.w.map((w) => w.data);
    const out = n.forward([2, 3]);
    expect(out.data).toBe(tanh(n.b.data + w1 * 2 + w2 * 3));
    expect(out.op).toBe('tanh');
  });

  test('draws weights and bias from uniform(-1, 1), and ReLU neurons start at bias 0 as in nn.py', () => {
    const n = new Neuron(1000, { seed: 7 });
    for (const p of n.parameters()) {
      expect(p.data).toBeGreaterThanOrEqual(-1);
      expect(p.data).toBeLessThan(1);
    }
    const mean = n.w.reduce((s, w) => s + w.data, 0) / 1000;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(new Neuron(3, { activation: 'relu', seed: 1 }).b.data).toBe(0);
  });

  test('says how many inputs it expected', () => {
    expect(() => new Neuron(3).forward([1, 2])).toThrow('Neuron.forward: expected 3 inputs, got an array of length 2');
    expect(() => new Neuron(0)).toThrow('Neuron: nin must be a positive integer, got a number 0');
  });
});

describe('Layer', () => {
  test('returns one Value per neuron, or the Value itself for one neuron (as the seed)', () => {
    const three = new Layer(2, 3, { seed: 1 }).forward([2, 3]);
    expect(three).toHaveLength(3);
    const one = new Layer(2, 1, { seed: 1 }).forward([2, 3]);
    expect(one).toBeInstanceOf(Value);
  });
});

describe('MLP', () => {
  test('MLP(3, [4, 4, 1]) has 41 parameters and gives one Value', () => {
    const mlp = new MLP(3, [4, 4, 1], { seed: 42 });
    expect(mlp.parameters()).toHaveLength(41);
    expect(mlp.layers.map((l) => l.neurons.length)).toEqual([4, 4, 1]);
    const out = mlp.forward([2.0, 3.0, -1.0]);
    expect(out).toBeInstanceOf(Value);
    expect(out.data).toBeGreaterThan(-1);
    expect(out.data).toBeLessThan(1);
  });

  test('a seed gives the same weights every time, in every JavaScript engine', () => {
    const weights = (seed: number) => new MLP(3, [4, 4, 1], { seed }).parameters().map((p) => p.data);
    expect(weights(42)).toEqual(weights(42));
    expect(weights(42)).not.toEqual(weights(43));
    // mulberry32 uses 32-bit integer arithmetic only; these are its first draws for seed 42.
    const random = seededRandom(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(weights(42).slice(0, 2)).toEqual([2 * 0.6011037519201636 - 1, 2 * 0.44829055899754167 - 1]);
  });

  test("{ activation: 'relu', linearOutput: true } builds micrograd's nn.py network", () => {
    const mlp = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 1 });
    expect(mlp.parameters()).toHaveLength(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
    expect(mlp.layers.map((l) => l.neurons[0].activation)).toEqual(['relu', 'relu', 'linear']);
    expect(mlp.forward([0.5, -0.5]).op).toBe('+');
  });

  test('zeroGrad sets every gradient back to 0', () => {
    const mlp = new MLP(3, [4, 1], { seed: 3 });
    mlp.forward([1, 2, 3]).backward();
    expect(mlp.parameters().some((p) => p.grad !== 0)).toBe(true);
    mlp.zeroGrad();
    expect(mlp.parameters().every((p) => p.grad === 0)).toBe(true);
  });

  test('rejects a missing or empty list of layer sizes', () => {
    expect(() => new MLP(3, [] as number[])).toThrow('MLP: nouts must be a non-empty array of layer sizes, got an array of length 0');
    expect(() => new MLP(3, 4 as never)).toThrow('MLP: nouts must be a non-empty array of layer sizes, got a number 4');
  });
});
