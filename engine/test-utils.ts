// Shared by the engine's tests: comparing floats the way the reference README asks.
import { expect } from 'vitest';

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
