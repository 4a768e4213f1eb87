import { describe, expect, test } from 'vitest';
import { flatDomain } from './chart-figure.ts';

describe("a line chart's y axis", () => {
  test('is left to the chart where the line moves', () => {
    expect(flatDomain([2.17, 1.5, 0.3])).toEqual({});
    expect(flatDomain([])).toEqual({});
  });

  test('spans a tenth either side of a line that never moves (a loss that does not train)', () => {
    expect(flatDomain([2.172931729979695, 2.172931729979695, 2.172931729979695])).toEqual({ domain: [2.172931729979695 - 0.2172931729979695, 2.172931729979695 + 0.2172931729979695], nice: true });
    expect(flatDomain([-5, -5])).toEqual({ domain: [-5.5, -4.5], nice: true });
  });

  test('spans ±1 around a line at 0, and ignores points that are not finite', () => {
    expect(flatDomain([0, 0, NaN, Infinity])).toEqual({ domain: [-1, 1], nice: true });
  });
});
