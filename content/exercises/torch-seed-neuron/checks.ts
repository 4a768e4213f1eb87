import fc from 'fast-check';
import { torch, type Tensor } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

/** seedDemo's arguments, in the prompt's order: x1, x2, w1, w2, b. */
type Args = [number, number, number, number, number];
const NAMES = ['o', 'x1', 'w1', 'x2', 'w2'] as const;
type Result = Record<(typeof NAMES)[number], number>;

// The lecture's numbers, and what its PyTorch demo printed (engine/reference/networks.json's
// seed_neuron.as_in_seed): the example checks teach with them; the hidden cases hold the verdict.
const LECTURE: Args = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];
const PRINTED: Result = { o: 0.7071066904050358, x1: -1.5000003851533106, w1: 1.0000002567688737, x2: 0.5000001283844369, w2: 0 };

// --- The reference: the engine's torch, which rounds float32 as PyTorch does, on the page ----------------

type Leaf = (x: number) => Tensor;
const asInTheLecture: Leaf = (x) => torch.Tensor([x]).double(); // float32 first, then float64
const float64FromTheStart: Leaf = (x) => torch.tensor([x], torch.float64);
const float32Only: Leaf = (x) => torch.Tensor([x]);

/** The neuron built from `args` with `leaf`; `sum` picks which two of x1·w1, x2·w2, b are added first. */
function neuron([x1, x2, w1, w2, b]: Args, leaf: Leaf = asInTheLecture, { sum = 0, plainB = false } = {}): Result {
  const make = (x: number) => {
    const t = leaf(x);
    t.requiresGrad = true;
    return t;
  };
  const [tx1, tx2, tw1, tw2] = [x1, x2, w1, w2].map(make);
  const tb: Tensor | number = plainB ? b : make(b);
  const p = tx1.mul(tw1);
  const q = tx2.mul(tw2);
  const n = sum === 0 ? p.add(q).add(tb) : sum === 1 ? p.add(q.add(tb)) : p.add(tb).add(q);
  const o = torch.tanh(n);
  o.backward();
  return { o: o.item(), x1: tx1.grad!.item(), w1: tw1.grad!.item(), x2: tx2.grad!.item(), w2: tw2.grad!.item() };
}

/** What seedDemo returns, as plain data: only the five numbers it is asked for (other keys are ignored). */
function observed(result: unknown): Observation {
  if (result === null || typeof result !== 'object') return result as Observation;
  const r = result as Record<string, unknown>;
  return Object.fromEntries(NAMES.map((k) => [k, r[k] as Observation]));
}

// --- The hidden cases ------------------------------------------------------------------------------------

/**
 * Numbers of every kind float32 treats differently: readable ones (0, ±1, fractions, thousandths; 0.001 is
 * not a float32), nine-digit fractions (float32 rounds them), the lecture's b and other classics, tiny and
 * large magnitudes. fast-check shrinks them towards 0 and short numbers.
 */
const number = fc.oneof(
  { weight: 3, arbitrary: readableNumber(3) },
  { weight: 3, arbitrary: fc.integer({ min: -3e9, max: 3e9 }).map((n) => n / 1e9) },
  { weight: 1, arbitrary: fc.constantFrom(6.8813735870195432, 0.1, 1 / 3, -2.5e-8, 123.456) },
  { weight: 1, arbitrary: fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1e3) },
);

/**
 * The five arguments. Only cases where the three ways of adding x1·w1, x2·w2 and b give the very same
 * float64 numbers (all but about one in 500): the prompt does not fix the order of the sum, so no answer may
 * depend on it.
 */
const argsCases: fc.Arbitrary<Args> = fc.tuple(number, number, number, number, number).filter((args) => {
  const first = neuron(args);
  return same(neuron(args, asInTheLecture, { sum: 1 }), first, 0) && same(neuron(args, asInTheLecture, { sum: 2 }), first, 0);
});

const call = (args: readonly number[]) => `seedDemo(${args.map(String).join(', ')})`;

// --- Messages --------------------------------------------------------------------------------------------

/** Results of likely mistakes, each with what to look at; named only when the learner's result is one. */
const MISTAKES: Array<{ result: (args: Args) => Result; hint: string }> = [
  {
    result: (args) => neuron(args, float64FromTheStart),
    hint: 'these are the numbers of float64 tensors made directly (micrograd’s numbers): is every number, b too, made with torch.Tensor([x]) (float32) and then cast with .double()?',
  },
  {
    result: (args) => neuron(args, float32Only),
    hint: 'these are float32 numbers: is every tensor cast to float64 with .double()?',
  },
  {
    result: (args) => neuron(args, asInTheLecture, { plainB: true }),
    hint: 'these are the numbers with b added as a plain number, never rounded to float32: make b with torch.Tensor([b]).double() like the other four.',
  },
  {
    result: ([x1, x2, w1, w2, b]) => neuron([x1, w1, x2, w2, b]),
    hint: 'these are the numbers for the arguments taken as (x1, w1, x2, w2, b): the parameters are seedDemo(x1, x2, w1, w2, b), in that order.',
  },
  {
    result: (args) => {
      const r = neuron(args);
      return { o: r.o, x1: r.w1, w1: r.x1, x2: r.w2, w2: r.x2 };
    },
    hint: 'each input’s gradient is its partner’s: x1.grad is w1 × n.grad, so it goes under x1, and w1.grad under w1.',
  },
];

/** The first of `keys` that is off, with every digit (the check is exact), and the mistake it shows, if any. */
function mismatch(got: Observation, args: Args, keys: ReadonlyArray<(typeof NAMES)[number]>): string | undefined {
  const expected = neuron(args);
  if (got === null || typeof got !== 'object' || Array.isArray(got)) return `${call(args)} should return { o, x1, w1, x2, w2 }; got ${show(got, true)}.`;
  const g = got as Record<string, Observation>;
  const key = keys.find((k) => !same(g[k], expected[k], 0));
  if (key === undefined) return undefined;
  const what = key === 'o' ? 'o' : `${key}.grad`;
  const text = `${call(args)}: ${what} should be ${show(expected[key], true)}; got ${show(g[key], true)}`;
  const pick = (r: Result) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  const mistake = MISTAKES.find((m) => {
    const theirs = pick(m.result(args));
    return !same(theirs, pick(expected), 0) && same(pick(g as Result), theirs, 0);
  });
  return mistake ? `${text} — ${mistake.hint}` : `${text}.`;
}

const GRADS = ['x1', 'w1', 'x2', 'w2'] as const;

export default defineChecks<Learner>([
  {
    name: 'o for the lecture’s numbers is what PyTorch printed: 0.7071066904050358',
    observe: ({ seedDemo }) => (observed(seedDemo(...LECTURE)) as Record<string, Observation> | null)?.o ?? null,
    expected: PRINTED.o,
    tolerance: 0,
    message: (got) => mismatch({ ...PRINTED, o: got }, LECTURE, ['o']),
  },
  {
    name: 'x1.grad and w1.grad for the lecture’s numbers are what PyTorch printed',
    observe: ({ seedDemo }) => {
      const r = observed(seedDemo(...LECTURE)) as Record<string, Observation> | null;
      return { x1: r?.x1 ?? null, w1: r?.w1 ?? null };
    },
    expected: { x1: PRINTED.x1, w1: PRINTED.w1 },
    tolerance: 0,
    message: (got) => mismatch(got, LECTURE, ['x1', 'w1']),
  },
  {
    name: 'x2.grad and w2.grad for the lecture’s numbers are what PyTorch printed',
    observe: ({ seedDemo }) => {
      const r = observed(seedDemo(...LECTURE)) as Record<string, Observation> | null;
      return { x2: r?.x2 ?? null, w2: r?.w2 ?? null };
    },
    expected: { x2: PRINTED.x2, w2: PRINTED.w2 },
    tolerance: 0,
    message: (got) => mismatch(got, LECTURE, ['x2', 'w2']),
  },
  hidden({
    name: 'o for other numbers is PyTorch’s to every digit: zeros, negatives, fractions, numbers float32 rounds, large ones',
    cases: argsCases,
    observe: ({ seedDemo }, args) => (observed(seedDemo(...args)) as Record<string, Observation> | null)?.o ?? null,
    expected: (args) => neuron(args).o,
    tolerance: 0,
    code: (args) => `console.log(${call(args)});`,
    message: (got, _expected, args) => mismatch({ ...neuron(args), o: got }, args, ['o']),
  }),
  hidden({
    name: 'the four gradients for other numbers are PyTorch’s to every digit',
    cases: argsCases,
    observe: ({ seedDemo }, args) => observed(seedDemo(...args)),
    expected: (args) => neuron(args),
    tolerance: 0,
    code: (args) => `console.log(${call(args)});`,
    message: (got, _expected, args) => mismatch(got, args, NAMES),
  }),
]);
