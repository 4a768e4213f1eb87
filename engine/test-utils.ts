// Shared by the engine's tests: comparing floats the way the reference README asks.
import { expect } from 'vitest';
import { Value } from './value.ts';

/**
 * |actual - expected| within `rel` of the larger magnitude. `floor` is the magnitude below which a difference
 * is rounding noise: where contributions cancel (a / a), PyTorch may get -5.6e-17 and the engine exactly 0.
 */
export function expectClose(actual: number, expected: number, rel = 1e-12, what = '', floor = 0): void {
  if (actual === expected) return;
  const scale = Math.max(Math.abs(actual), Math.abs(expected), floor);
  const ok = Math.abs(actual - expected) <= rel * scale;
  expect(ok, `${what} expected ${expected}, got ${actual} (relative error ${Math.abs(actual - expected) / scale})`).toBe(true);
}

/** The seed's neuron, o = tanh(x1*w1 + x2*w2 + b), with the lecture's labels on every value. */
export function seedNeuron() {
  const x1 = new Value(2.0, [], '', 'x1');
  const x2 = new Value(0.0, [], '', 'x2');
  const w1 = new Value(-3.0, [], '', 'w1');
  const w2 = new Value(1.0, [], '', 'w2');
  const b = new Value(6.8813735870195432, [], '', 'b');
  const x1w1 = x1.mul(w1);
  x1w1.label = 'x1*w1';
  const x2w2 = x2.mul(w2);
  x2w2.label = 'x2*w2';
  const sum = x1w1.add(x2w2);
  sum.label = 'x1*w1 + x2*w2';
  const n = sum.add(b);
  n.label = 'n';
  const o = n.tanh();
  o.label = 'o';
  return { x1, x2, w1, w2, b, n, o };
}
