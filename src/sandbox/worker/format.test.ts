import { describe, expect, test } from 'vitest';
import { Value, torch } from '../../../engine/index.ts';
import { formatLogLine, formatValue } from './format.ts';

describe('what console.log prints in a sandbox', () => {
  test("a Value prints the seed's repr", () => {
    expect(formatLogLine([new Value(0.7071067811865476)])).toBe('Value(data=0.7071067811865476)');
    expect(formatLogLine(['o =', new Value(2)])).toBe('o = Value(data=2.0)');
  });

  test('a tensor and its shape print as PyTorch prints them', () => {
    const t = torch.Tensor([[1, 2, 3], [4, 5, 6]]);
    expect(formatLogLine([t])).toBe('tensor([[1., 2., 3.],\n        [4., 5., 6.]])');
    expect(formatLogLine([t.shape, torch.Tensor([2.0]).double().dtype])).toBe('torch.Size([2, 3]) torch.float64');
  });

  test('arrays, objects, nesting, cycles', () => {
    expect(formatValue([new Value(1), new Value(-2.5)])).toBe('[Value(data=1.0), Value(data=-2.5)]');
    expect(formatValue({ a: 1, 'b c': 'x', d: [1, 2] })).toBe('{ a: 1, "b c": "x", d: [1, 2] }');
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe('{ self: [Circular] }');
    expect(formatValue([[[[1]]]])).toBe('[[[[Array]]]]');
    expect(formatValue(Array.from({ length: 60 }, (_, i) => i))).toMatch(/, 49, … 10 more\]$/);
  });

  test('primitives and others', () => {
    expect(formatLogLine([1, true, null, undefined, 'text'])).toBe('1 true null undefined text');
    expect(formatValue(new Map([['a', 1]]))).toBe('Map(1) { "a" => 1 }');
    expect(formatValue(new Set([1, 2]))).toBe('Set(2) { 1, 2 }');
    expect(formatValue(new TypeError('bad'))).toBe('TypeError: bad');
    expect(formatValue(function f() {})).toBe('[Function f]');
  });
});
