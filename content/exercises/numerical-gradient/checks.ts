import fc from 'fast-check';
import { Value } from '../../../engine/index.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

/** The lecture's neuron as a function of its five leaves, with the engine's Value. */
const neuron = ([x1, x2, w1, w2, b]: number[]) => new Value(x1).mul(w1).add(new Value(x2).mul(w2)).add(b).tanh().data;
const LECTURE = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];

function autograd(leaves: number[]): number[] {
  const vs = leaves.map((x) => new Value(x));
  vs[0].mul(vs[2]).add(vs[1].mul(vs[3])).add(vs[4]).tanh().backward();
  return vs.map((v) => v.grad);
}

// --- Hidden cases: a function f, described as plain data, the point xs and the step h ------------------

/** One term of a polynomial: c · x0^p[0] · x1^p[1] · … (a power 0 leaves its input out). */
type Term = { c: number; p: number[] };
/** f(xs): a polynomial in the inputs, or tanh of one. */
type Fn = { terms: Term[]; tanh: boolean };
/** h null: numericalGradient(f, xs) with the default step. */
type GradCase = { f: Fn; xs: number[]; h: number | null };

const DEFAULT_H = 1e-6;

/** f at xs, computed exactly as the code shown for the case computes it (left to right). */
function evaluate(fn: Fn, xs: readonly number[]): number {
  let sum = 0;
  for (const { c, p } of fn.terms) {
    let term = c;
    p.forEach((k, j) => {
      if (k > 0) term = term * (k === 1 ? xs[j] : xs[j] ** k);
    });
    sum = sum + term;
  }
  return fn.tanh ? Math.tanh(sum) : sum;
}

/** f as TypeScript: `([x0, x1]: number[]) => 2 * x0 ** 2 * x1 - 0.5 * x1`. */
function fnCode(fn: Fn, n: number): string {
  let body = '';
  fn.terms.forEach(({ c, p }, i) => {
    const powers = p.flatMap((k, j) => (k === 0 ? [] : [k === 1 ? `x${j}` : `x${j} ** ${k}`]));
    // 1 · x is x and -1 · x is -x exactly, so the coefficient ±1 can be left out without changing a digit.
    const size = Math.abs(c);
    const product = (size === 1 && powers.length > 0 ? powers : [String(size), ...powers]).join(' * ');
    body += i === 0 ? `${c < 0 ? '-' : ''}${product}` : ` ${c < 0 ? '-' : '+'} ${product}`;
  });
  const args = Array.from({ length: n }, (_, j) => `x${j}`).join(', ');
  return `([${args}]: number[]) => ${fn.tanh ? `Math.tanh(${body})` : body}`;
}

/** The central difference, input by input, exactly as the prompt writes it: (f(x + h) - f(x - h)) / 2h. */
function central(fn: Fn, xs: readonly number[], h: number, move: (i: number, j: number) => boolean = (i, j) => i === j): number[] {
  return xs.map((_, i) => {
    const plus = xs.map((v, j) => (move(i, j) ? v + h : v));
    const minus = xs.map((v, j) => (move(i, j) ? v - h : v));
    return (evaluate(fn, plus) - evaluate(fn, minus)) / (2 * h);
  });
}

/** What known wrong ways give, to name the mistake when the learner's estimates are exactly that. */
function mistakes(fn: Fn, xs: readonly number[], h: number): Array<[estimates: number[], why: string]> {
  const f0 = evaluate(fn, xs);
  return [
    [
      central(fn, xs, h, (i, j) => j === xs.indexOf(xs[i])),
      'that is the estimate for the first input with the same value: with equal inputs, find input i by its index, not by its value',
    ],
    [central(fn, xs, h, (i, j) => xs[j] === xs[i]), 'that moves every input equal to xs[i] at once: move only input i, by its index'],
    [xs.map((_, i) => (evaluate(fn, xs.map((v, j) => (j === i ? v + h : v))) - f0) / h), 'that is the one-sided difference (f(x + h) - f(x)) / h: use (f(x + h) - f(x - h)) / 2h'],
    [central(fn, xs, h).map((e) => 2 * e), 'that is twice the estimate: divide by 2h, not h'],
    [central(fn, xs, DEFAULT_H), `that is the estimate with h = ${DEFAULT_H}: use the h you are given`],
  ];
}

// Estimates are compared with the central difference computed here, with the same f at the same points, so
// only rounding can differ: dividing by 2h, by 2 then h, or by h + h, or moving xs[i] in place (x + h,
// then - 2h) and putting it back, which lands an ulp of x away from x - h; divided by 2h that is up to
// about 1e-9 of the estimate for the inputs below (|x| ≤ 12.5, h ≥ 1e-6). Every mistake above is off by far more.
const TOLERANCE = 1e-8;
const close = (got: unknown, want: number) => same(got, want, TOLERANCE);

/** Inputs: 0, negatives, fractions and larger numbers, often equal to each other (picked from a small pool). */
const input = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 1, -1, 2, -3, 0.5, -0.25) },
  { weight: 3, arbitrary: fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000) },
  { weight: 1, arbitrary: fc.constantFrom(10, -12.5) },
);

const gradCases: fc.Arbitrary<GradCase> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    xs: fc
      .tuple(fc.array(input, { minLength: 1, maxLength: n }), fc.array(fc.nat(), { minLength: n, maxLength: n }))
      .map(([pool, picks]) => picks.map((k) => pool[k % pool.length])),
    f: fc.record({
      terms: fc.array(
        fc.record({
          c: fc.oneof(fc.constantFrom(1, -1, 2, 0.5), fc.integer({ min: -3000, max: 3000 }).filter((c) => c !== 0).map((c) => c / 1000)),
          p: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      tanh: fc.boolean(),
    }),
    h: fc.constantFrom<number | null>(null, 1e-3, 1e-4, 1e-2, 0.1, 0.5),
  }),
);

const stepOf = (c: GradCase) => c.h ?? DEFAULT_H;
const callCode = (c: GradCase) => `numericalGradient(f, xs${c.h === null ? '' : `, ${c.h}`})`;
const caseWords = (c: GradCase) => `f = ${fnCode(c.f, c.xs.length)} at xs = ${show(c.xs)} with h = ${stepOf(c)}${c.h === null ? ' (the default)' : ''}`;

function caseCode(c: GradCase): string {
  return [
    `const f = ${fnCode(c.f, c.xs.length)};`,
    `const xs = ${show(c.xs, true)};`,
    `console.log(${callCode(c)}); // should be ${show(central(c.f, c.xs, stepOf(c)))}`,
    `console.log(xs); // should still be ${show(c.xs, true)}`,
  ].join('\n');
}

function estimateMessage(got: Observation, expected: Observation, c: GradCase): string {
  const want = expected as number[];
  if (!Array.isArray(got) || got.length !== want.length) return `for ${caseWords(c)}, expected ${want.length} estimates, one per input: ${show(want)}; got ${show(got)}.`;
  const i = want.findIndex((w, k) => !close(got[k], w));
  const have = got[i];
  const [shownGot, shownWant] = typeof have === 'number' ? showPair(have, want[i]) : [show(have), show(want[i])];
  const why = mistakes(c.f, c.xs, stepOf(c)).find(([wrong]) => close(have, wrong[i]) && !close(wrong[i], want[i]))?.[1];
  return `for ${caseWords(c)}, the estimate for input ${i} should be ${shownWant}; got ${shownGot}${why ? ` — ${why}` : ''}.`;
}

export default defineChecks<Learner>([
  // The lesson's small functions first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'f(x) = x² at x = 3 has derivative 6',
    observe: ({ numericalGradient }) => numericalGradient(([x]) => x * x, [3]),
    expected: [6],
    tolerance: 1e-6,
    message: (got) => `expected [6], got ${show(got)}${close((got as number[])?.[0], 12) ? ' — that is twice the derivative: divide by 2h, not h' : ''}.`,
  },
  {
    name: 'the estimate for a function of two inputs: f(x, y) = x²y at (3, 2) gives (12, 9)',
    observe: ({ numericalGradient }) => numericalGradient(([x, y]) => x * x * y, [3, 2]),
    expected: [12, 9],
    tolerance: 1e-6,
  },
  {
    name: 'it uses the central difference: f(x) = x³ at 1 with h = 0.001 gives 3.000001',
    observe: ({ numericalGradient }) => numericalGradient(([x]) => x ** 3, [1], 1e-3),
    // (1.001³ - 0.999³) / 0.002 = 3 + h² = 3.000001; the one-sided difference gives 3.003001.
    expected: [3.000001],
    tolerance: 1e-9,
    message: (got) => {
      const g = (got as number[])?.[0];
      const why =
        Math.abs(g - 3.003001) < 1e-6
          ? ' — that is the one-sided difference (f(x + h) - f(x)) / h; use (f(x + h) - f(x - h)) / 2h'
          : Math.abs(g - 3) < 1e-9
            ? ' — that is the estimate with a much smaller h than 0.001: use the h you are given'
            : '';
      return `expected [3.000001], got ${show(got)}${why}.`;
    },
  },
  {
    name: 'it leaves xs as it found it',
    observe: ({ numericalGradient }) => {
      const xs = [3, 2];
      numericalGradient(([x, y]) => x * y, xs);
      return xs;
    },
    expected: [3, 2],
    tolerance: 0,
    message: (got) =>
      `xs was [3, 2] before the call and is ${show(got, true)} after it${
        Array.isArray(got) && got.length === 2 ? ' — work on copies, or put back the number you saved, rather than adding and subtracting h' : ''
      }.`,
  },
  {
    name: "it agrees with autograd on the lecture's neuron (to 1e-6)",
    // A copy: an answer that moves the inputs in place must not move the lecture's numbers for the checks after it.
    observe: ({ numericalGradient }) => numericalGradient(neuron, LECTURE.slice()),
    expected: autograd(LECTURE),
    tolerance: 1e-6,
  },
  hidden({
    name: 'it gives the central-difference estimate of each input for other functions, points and steps: equal inputs, 0, negatives, the default h',
    cases: gradCases,
    tolerance: TOLERANCE,
    observe: ({ numericalGradient }, c) => {
      const f = (xs: number[]) => evaluate(c.f, xs);
      const xs = c.xs.slice();
      return c.h === null ? numericalGradient(f, xs) : numericalGradient(f, xs, c.h);
    },
    expected: (c) => central(c.f, c.xs, stepOf(c)),
    code: caseCode,
    message: estimateMessage,
  }),
  hidden({
    name: 'it leaves xs exactly as it found it: the same numbers, to the last digit',
    cases: gradCases,
    tolerance: 0,
    observe: ({ numericalGradient }, c) => {
      const xs = c.xs.slice();
      const f = (at: number[]) => evaluate(c.f, at);
      if (c.h === null) numericalGradient(f, xs);
      else numericalGradient(f, xs, c.h);
      return xs;
    },
    expected: (c) => c.xs,
    code: caseCode,
    message: (got, expected, c) =>
      `for ${caseWords(c)}, xs was ${show(expected, true)} before the call and is ${show(got, true)} after it${
        Array.isArray(got) && got.length === c.xs.length ? ' — work on copies, or put back the number you saved, rather than adding and subtracting h' : ''
      }.`,
  }),
]);
