import fc from 'fast-check';
import { rmsnorm as engineRmsnorm, Value } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Rmsnorm = Learner['rmsnorm'];
const asInputs = (x: Value[]) => x as unknown as Parameters<Rmsnorm>[0];
const hidden = hiddenCases<Learner>();

/** A case: the inputs, and the weights c of the sum Σ c_j·out_j whose gradient reaches every input. */
type Case = { x: number[]; c: number[] };
type Outcome = { out: number[]; grads: number[] };

const LESSON: Case = { x: [3, -1, 2], c: [1, 0, 0] };

// --- In the worker: what the learner's rmsnorm does ---------------------------------------------------------

/** The outputs, and every input's gradient after backward() of Σ c_j·out_j (c = [1, 0, …]: of out_0). */
function run(rmsnorm: Rmsnorm, { x: xs, c }: Case): Outcome {
  const x = xs.map((v) => new Value(v));
  const out = rmsnorm(asInputs(x)) as unknown as Value[];
  let total = out[0].mul(c[0]);
  for (let j = 1; j < out.length; j++) total = total.add(out[j].mul(c[j]));
  total.backward();
  return { out: out.map((v) => v.data), grads: x.map((v) => v.grad) };
}

/** How the outputs are made, in words ("ok" when as the prompt asks). */
function howItIsMade(rmsnorm: Rmsnorm, { x: xs }: Case): string {
  const x = xs.map((v) => new Value(v));
  const out = rmsnorm(asInputs(x)) as unknown as unknown[];
  if (!Array.isArray(out) || out.length !== xs.length) return `rmsnorm should return one Value per input (${xs.length} here); got ${Array.isArray(out) ? out.length : typeof out}`;
  const stranger = out.findIndex((v) => !(v instanceof Value) || Object.getPrototypeOf(v) !== Value.prototype);
  if (stranger >= 0) return `output ${stranger} is not a Value (the course’s Value)`;
  const same = out.findIndex((v, i) => v === x[i]);
  if (same >= 0) return `output ${same} is the input x[${same}] itself: return new Values, made from the inputs with Value ops`;
  const changed = x.findIndex((v, i) => v.data !== xs[i]);
  if (changed >= 0) return `x[${changed}].data changed from ${show(xs[changed], true)} to ${show(x[changed].data, true)}: rmsnorm should leave its inputs as they are`;
  const early = x.findIndex((v) => v.grad !== 0);
  if (early >= 0) return `x[${early}].grad is already ${show(x[early].grad)} before backward(): rmsnorm should only build the outputs`;
  return 'ok';
}

// --- On the page: the reference, with the engine -----------------------------------------------------------

function reference({ x: xs, c }: Case): Outcome {
  const x = xs.map((v) => new Value(v));
  const out = engineRmsnorm(x);
  let total = out[0].mul(c[0]);
  for (let j = 1; j < out.length; j++) total = total.add(out[j].mul(c[j]));
  total.backward();
  return { out: out.map((v) => v.data), grads: x.map((v) => v.grad) };
}

// --- The hidden cases ----------------------------------------------------------------------------------------

/**
 * 1 to 8 inputs: zeros (all zeros too, where only the 1e-5 keeps the division finite), negatives, fractions,
 * equal inputs, tiny ones (where the 1e-5 matters) and large ones; the weights c pick up every output.
 */
const cases: fc.Arbitrary<Case> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      x: fc.oneof(
        { weight: 5, arbitrary: fc.array(readableNumber(5), { minLength: n, maxLength: n }) },
        { weight: 1, arbitrary: fc.constant(Array<number>(n).fill(0)) },
        { weight: 1, arbitrary: fc.array(fc.integer({ min: -9, max: 9 }).map((k) => k / 1000), { minLength: n, maxLength: n }) },
        { weight: 1, arbitrary: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: n, maxLength: n }) },
      ),
      c: fc.array(fc.constantFrom(1, -2, 0.5, 3), { minLength: n, maxLength: n }),
    }),
  );

const call = ({ x }: Case) => `rmsnorm([${x.join(', ')}])`;

function caseCode({ x, c }: Case): string {
  return [
    `const x = [${x.join(', ')}].map((v) => new Value(v));`,
    'const out = rmsnorm(x);',
    `const c = [${c.join(', ')}];`,
    'let total = out[0].mul(c[0]);',
    'for (let j = 1; j < out.length; j++) total = total.add(out[j].mul(c[j]));',
    'total.backward();',
    "console.log('out', out.map((v) => v.data), 'grads', x.map((v) => v.grad));",
  ].join('\n');
}

// --- Messages ----------------------------------------------------------------------------------------------

/** What a wrong output shows: the usual mistakes, recognised by their numbers. */
function outMistake(got: number[], { x }: Case): string {
  const ms = x.reduce((s, v) => s + v * v, 0) / x.length;
  const ss = ms * x.length;
  const like = (f: (v: number) => number) => got.every((g, i) => same(g, f(x[i]), 1e-9));
  if (like((v) => v / Math.sqrt(ms))) return ' — that is x / sqrt(mean of squares): add 1e-5 under the root.';
  if (like((v) => v / (ms + 1e-5))) return ' — divided by the mean square itself: take its square root (pow(-0.5) of it).';
  if (like((v) => v / Math.sqrt(ss + 1e-5))) return ' — the sum of the squares, not their mean: divide it by x.length.';
  return '.';
}

function outMessage(got: Observation, c: Case): string {
  const want = reference(c).out;
  if (!Array.isArray(got) || got.some((g) => typeof g !== 'number')) return `${call(c)} should give ${show(want)}; got ${show(got)}.`;
  const i = want.findIndex((w, j) => !same(got[j], w, 1e-9));
  return `${call(c)}: output ${i} should be ${show(want[i])}; got ${show(got[i])}${outMistake(got as number[], c)}`;
}

function gradsMessage(got: Observation, c: Case): string | undefined {
  const want = reference(c).grads;
  if (!Array.isArray(got)) return `${call(c)}: the gradients should be ${show(want)}; got ${show(got)}.`;
  const i = want.findIndex((w, j) => !same(got[j], w, 1e-9));
  if (i < 0) return undefined;
  const diagonal = c.x.every((v, j) => same(got[j] as number, c.c[j] / Math.sqrt(c.x.reduce((s, u) => s + u * u, 0) / c.x.length + 1e-5), 1e-9));
  const hint = diagonal
    ? ' — each input gets only its own output’s share: the scale must be a Value made from the inputs, so that backward() also follows the path through the mean square.'
    : c.c.every((w, j) => got[j] === w)
      ? ' — as if each output were its input itself: return new Values, each x[i] times a scale made from the inputs.'
      : (got as unknown[]).every((g) => g === 0)
      ? ' — every gradient is 0: are the outputs made from the inputs with Value ops?'
      : '.';
  return `${call(c)}, then backward() of ${c.c.map((w, j) => `${w}·out[${j}]`).join(' + ')}: x[${i}].grad should be ${show(want[i])}; got ${show(got[i] as Observation)}${hint}`;
}

export default defineChecks<Learner>([
  {
    name: 'rmsnorm([3, -1, 2]) divides each by sqrt(14/3 + 1e-5)',
    observe: ({ rmsnorm }) => run(rmsnorm, LESSON).out,
    expected: reference(LESSON).out,
    message: (got) => outMessage(got, LESSON),
  },
  {
    name: 'backward() from the first output gives every input its gradient, through the mean square too',
    observe: ({ rmsnorm }) => run(rmsnorm, LESSON).grads,
    expected: reference(LESSON).grads,
    message: (got) => gradsMessage(got, LESSON),
  },
  hidden({
    name: 'the outputs are right for other inputs: 1 to 8 of them, zeros, all zeros, tiny and large numbers',
    cases,
    observe: ({ rmsnorm }, c) => run(rmsnorm, c).out,
    expected: (c) => reference(c).out,
    code: caseCode,
    message: (got, _expected, c) => outMessage(got, c),
  }),
  hidden({
    name: 'every input’s gradient is right, from every output',
    cases,
    observe: ({ rmsnorm }, c) => run(rmsnorm, c).grads,
    expected: (c) => reference(c).grads,
    code: caseCode,
    message: (got, _expected, c) => gradsMessage(got, c),
  }),
  hidden({
    name: 'the outputs are new Values made with Value ops, and the inputs are left as they were',
    cases,
    runs: 20,
    observe: ({ rmsnorm }, c) => howItIsMade(rmsnorm, c),
    expected: () => 'ok',
    code: caseCode,
    message: (got) => `${String(got)}.`,
  }),
]);
