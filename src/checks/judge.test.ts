import { describe, expect, test } from 'vitest';
import type { Check } from './define.ts';
import { errorRun, judge, same, show } from './judge.ts';
import { describeThrown, plain } from './observe.ts';

const checks: Array<Check<never>> = [
  { name: 'first', observe: () => 1, expected: 1 },
  { name: 'second', observe: () => 2, expected: [1, 2], message: (got) => `custom: got ${show(got)}` },
  { name: 'third', observe: () => 3, expected: 0.3 },
];

describe('judge', () => {
  test('passes, fails with default or custom messages, keeps the order, and fails what was not observed', () => {
    const run = judge(checks, [
      { index: 1, value: [1, 3] },
      { index: 0, value: 1 },
    ]);
    expect(run).toEqual({
      status: 'fail',
      checks: [
        { name: 'first', status: 'pass' },
        { name: 'second', status: 'fail', message: 'custom: got [1, 3]' },
        { name: 'third', status: 'fail', message: 'Not checked: the code stopped before this check ran.' },
      ],
    });
  });

  test('a thrown error fails its check with what was thrown', () => {
    const run = judge(checks.slice(0, 1), [{ index: 0, thrown: 'TypeError: x is undefined' }]);
    expect(run.checks[0]).toEqual({ name: 'first', status: 'fail', message: 'Your code threw TypeError: x is undefined' });
  });

  test('all pass', () => {
    expect(judge(checks.slice(0, 1), [{ index: 0, value: 1 + 1e-12 }]).status).toBe('pass');
  });

  test('errorRun marks every check as not run, with the reason on top', () => {
    expect(errorRun(checks.slice(0, 2), 'Syntax error')).toEqual({
      status: 'error',
      message: 'Syntax error',
      checks: [
        { name: 'first', status: 'error', message: 'Not checked.' },
        { name: 'second', status: 'error', message: 'Not checked.' },
      ],
    });
  });
});

describe('same', () => {
  test.each([
    [1, 1 + 1e-12, true],
    [1, 1.001, false],
    [NaN, NaN, true],
    [Infinity, Infinity, true],
    ['1', 1, false],
    [[1, { a: 2 }], [1, { a: 2 }], true],
    [[1, { a: 2 }], [1, { a: 2, b: 3 }], false],
    [null, 0, false],
  ])('same(%j, %j) is %s', (got, expected, result) => expect(same(got, expected, 1e-9)).toBe(result));
});

test('show', () => {
  expect(show([1, 0.1 + 0.2, 'x', { a: null }])).toBe('[1, 0.3, "x", { a: null }]');
});

test('plain turns what postMessage cannot carry into names', () => {
  class Value {
    grad = 0;
    step = () => {};
  }
  expect(plain([1, new Value(), () => 1, undefined, { a: NaN }])).toEqual([1, '[Value]', '[function]', null, { a: NaN }]);
});

test('describeThrown says what a crafted throw is', () => {
  expect(describeThrown(new RangeError('too deep'))).toBe('RangeError: too deep');
  expect(describeThrown({ status: 'pass' })).toBe('a non-error value ({"status":"pass"})');
});
