import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAll, observerOf, StopChecks } from './check-all.ts';
import { defineChecks, hiddenCases, type Check, type Observation } from './define.ts';
import { errorRun, isTimedOut, same, show, showPair, timedOutMessage } from './judge.ts';
import { describeThrown, observeOne, plain } from './observe.ts';

const checks: Array<Check<never>> = [
  { name: 'first', observe: () => 1, expected: 1 },
  { name: 'second', observe: () => [1, 3], expected: [1, 2], message: (got: Observation) => `custom: got ${show(got)}` },
  { name: 'third', observe: () => 3, expected: 0.3 },
];

/** Observations taken directly from a module, as the fast tests do. */
const direct = (list: Array<Check<never>>, learner: unknown) => observerOf(async (index, input) => observeOne(list, learner, index, input));

describe('checkAll with example checks', () => {
  test('passes, fails with default or custom messages, in the checks\' order', async () => {
    const run = await checkAll(checks, direct(checks, {}), 1);
    expect(run).toEqual({
      status: 'fail',
      seed: 1,
      checks: [
        { name: 'first', status: 'pass' },
        { name: 'second', status: 'fail', message: 'custom: got [1, 3]' },
        { name: 'third', status: 'fail', message: 'Expected 0.3, got 3.' },
      ],
    });
  });

  test('a thrown error fails its check with what was thrown', async () => {
    const throwing: Array<Check<never>> = [{ name: 'first', observe: () => { throw new TypeError('x is undefined'); }, expected: 1 }];
    const run = await checkAll(throwing, direct(throwing, {}), 1);
    expect(run.checks[0]).toEqual({ name: 'first', status: 'fail', message: 'Your code threw TypeError: x is undefined' });
  });

  test('an exact check shows every digit, so expected and got never read the same', async () => {
    const exact: Array<Check<never>> = [{ name: 'exact', observe: () => 0.1 + 0.2, expected: 0.3, tolerance: 0 }];
    expect((await checkAll(exact, direct(exact, {}), 1)).checks[0].message).toBe('Expected 0.3, got 0.30000000000000004.');
    expect(showPair(0.30000000000000004, 0.3)).toEqual(['0.30000000000000004', '0.3']);
    expect(showPair(2, 3)).toEqual(['2', '3']);
  });

  test('a stop (the time limit) ends the run: what ran is kept, the rest is not checked', async () => {
    let calls = 0;
    const stopping = observerOf(async (index, input) => {
      if (calls++ === 1) throw new StopChecks('Stopped: out of time.');
      return observeOne(checks, {}, index, input);
    });
    const run = await checkAll(checks, stopping, 1);
    expect(run.status).toBe('error');
    expect(run.message).toBe('Stopped: out of time.');
    expect(run.checks.map((c) => c.status)).toEqual(['pass', 'error', 'error']);
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

describe('checkAll with case checks', () => {
  type Learner = { square: (x: number) => number };
  const hidden = hiddenCases<Learner>();
  const squares = defineChecks<Learner>([
    hidden({
      name: 'square(x) is x·x',
      cases: fc.integer({ min: -1000, max: 1000 }),
      observe: ({ square }, x) => square(x),
      expected: (x) => x * x,
      code: (x) => `console.log(square(${x}));`,
      message: (got, expected, x) => `square(${x}) should be ${show(expected)}; got ${show(got)}.`,
    }),
  ]) as Array<Check<never>>;
  const grade = (square: (x: number) => number, seed = 7) => checkAll(squares, direct(squares, { square }), seed);

  test('a right answer passes whatever the seed', async () => {
    for (const seed of [1, 2, 3]) expect((await grade((x) => x ** 2, seed)).status).toBe('pass');
  });

  test('a wrong answer fails with the smallest failing case, shrunk, as code, and the seed', async () => {
    // Wrong from 10 up only: fast-check must find it and shrink it to exactly 10.
    const run = await grade((x) => (x >= 10 ? x * 2 : x * x), 42);
    expect(run.checks[0]).toEqual({
      name: 'square(x) is x·x',
      status: 'fail',
      message: 'On a hidden case (seed 42): square(10) should be 100; got 20.',
      code: '{\n  console.log(square(10));\n}',
    });
  });

  test('the same seed gives the same verdict and case; a throw on a case is reported with it', async () => {
    const thrower = (x: number) => {
      if (x < -5) throw new RangeError('negative');
      return x * x;
    };
    const [a, b] = [await grade(thrower, 5), await grade(thrower, 5)];
    expect(a).toEqual(b);
    expect(a.checks[0].message).toBe('On a hidden case (seed 5): Your code threw RangeError: negative');
    expect(a.checks[0].code).toBe('{\n  console.log(square(-6));\n}');
  });

  test('a stop in the middle of a case check shows the case it was stuck on', async () => {
    const observer = observerOf(async (_index, input) => {
      if ((input as number) > 500) throw new StopChecks('Stopped: out of time.');
      return { index: 0, value: (input as number) ** 2 };
    });
    const run = await checkAll(squares, observer, 3);
    expect(run.status).toBe('error');
    expect(run.message).toBe('Stopped: out of time.');
    expect(run.checks[0].status).toBe('error');
    expect(run.checks[0].code).toMatch(/^\{\n  console\.log\(square\(\d+\)\);\n\}$/);
  });

  test('the cases go to the learner in one batch, judged as they come up to the first failure; only shrinking asks one at a time', async () => {
    const calls = { batches: 0, batched: 0, one: 0 };
    const counting = (square: (x: number) => number) => {
      const direct = observerOf(async (index, input) => observeOne(squares, { square }, index, input));
      return {
        one: (index: number, input?: Observation) => (calls.one++, direct.one(index, input)),
        many: (index: number, inputs: Observation[], keepGoing: Parameters<typeof direct.many>[2]) => {
          calls.batches++;
          return direct.many(index, inputs, (report, i) => (calls.batched++, keepGoing(report, i)));
        },
      };
    };
    expect((await checkAll(squares, counting((x) => x * x), 9)).status).toBe('pass');
    expect(calls).toEqual({ batches: 1, batched: 100, one: 0 });

    calls.batches = calls.batched = calls.one = 0;
    const run = await checkAll(squares, counting((x) => (x >= 10 ? x * 2 : x * x)), 42);
    expect(run.checks[0].message).toBe('On a hidden case (seed 42): square(10) should be 100; got 20.');
    expect(calls.batches).toBe(1);
    expect(calls.batched).toBeLessThan(100); // judging ended at the first failing case
    expect(calls.one).toBeGreaterThan(0); // shrinking it to 10
  });

  test("each case's expected answer is computed once, however often fast-check meets the case", async () => {
    let computed = 0;
    const counted = [{ ...squares[0], expected: (x: number) => (computed++, x * x) }] as Array<Check<never>>;
    const direct = (square: (x: number) => number) => observerOf(async (index, input) => observeOne(counted, { square }, index, input));
    expect((await checkAll(counted, direct((x) => x * x), 9)).status).toBe('pass');
    expect(computed).toBe(100);
    computed = 0;
    const run = await checkAll(counted, direct((x) => (x >= 10 ? x * 2 : x * x)), 42);
    expect(run.checks[0].message).toBe('On a hidden case (seed 42): square(10) should be 100; got 20.');
    expect(computed).toBeLessThan(100); // the cases up to the failure, then only the shrinking's new ones
  });

  test("a failed case's batch is still observed to its end: the checks after it find the learner's module in the state they always would", async () => {
    const observed = async (wrongFrom: number) => {
      let calls = 0; // a learner whose square keeps state: how often it was called
      const square = (x: number) => (calls++, x >= wrongFrom ? x * 2 : x * x);
      const direct = observerOf(async (index, input) => observeOne(squares, { square }, index, input));
      let afterBatch = 0;
      let judged = 0;
      const run = await checkAll(squares, {
        one: direct.one,
        many: async (index, inputs, keepGoing) => {
          const reports = await direct.many(index, inputs, keepGoing);
          [afterBatch, judged] = [calls, reports.length];
          return reports;
        },
      }, 42);
      return { run, afterBatch, judged };
    };
    for (const wrongFrom of [10, 900]) {
      const { run, afterBatch, judged } = await observed(wrongFrom);
      expect(run.checks[0].status).toBe('fail');
      expect(judged).toBeLessThan(100); // the reports judged end at the failing case
      expect(afterBatch).toBe(100); // every case of the batch ran, wherever that was
    }
  });

  test('observations of cases are plain data: the case reaches observe as sent', () => {
    const input: Observation = { a: [1, 2] };
    expect(observeOne(squares, { square: () => 1 }, 0, input)).toEqual({ index: 0, value: 1 });
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

test('a time-out is worded with its limit, and known by its words whatever the limit (the grader checks it again)', () => {
  expect(timedOutMessage(10)).toBe('Stopped: the checks were still running after 10 s. Is there a loop that never ends?');
  expect(isTimedOut(timedOutMessage(10))).toBe(true);
  expect(isTimedOut(timedOutMessage(2.5))).toBe(true);
  expect(isTimedOut('Your code could not run: Error: Stopped: the checks were still running after 10 s.')).toBe(false);
  expect(isTimedOut("Your code does not compile: syntax error at line 4, column 1: ')' expected.")).toBe(false);
  expect(isTimedOut(undefined)).toBe(false);
});
