import { describe, expect, test } from 'vitest';
import { pythonFixed, pythonRepr } from './format.ts';

describe('pythonRepr matches Python repr(float)', () => {
  // Each pair was printed by CPython 3.11.
  test.each([
    [2, '2.0'],
    [0.7071067811865476, '0.7071067811865476'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [1.5e-7, '1.5e-07'],
    [123456789012345678, '1.2345678901234568e+17'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [5e-324, '5e-324'],
    [-3, '-3.0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-0, '-0.0'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
  ])('%s → %s', (x, repr) => expect(pythonRepr(x)).toBe(repr));
});

describe("pythonFixed matches Python's '%.4f'", () => {
  test.each([
    [0.7071067811865476, '0.7071'],
    [-6, '-6.0000'],
    [-0.00001, '-0.0000'],
    [-0, '-0.0000'],
    [6.881373587019543, '6.8814'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ])('%s → %s', (x, text) => expect(pythonFixed(x)).toBe(text));
});
