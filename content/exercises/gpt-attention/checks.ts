import fc from 'fast-check';
import { attentionWeights as engineAttentionWeights, Value } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type AttentionWeights = Learner['attentionWeights'];
const hidden = hiddenCases<Learner>();

/** A case: the query, the keys so far, and the weights c of Σ c_t·w_t, whose gradient reaches q and every key. */
type Case = { q: number[]; keys: number[][]; c: number[] };
type Outcome = { weights: number[]; qGrads: number[]; keyGrads: number[][] };

const LESSON: Case = { q: [1, 0.5], keys: [[0.2, 0.1], [1, 1], [-0.5, 0.3]], c: [1, 0, 0] };

// --- In the worker ---------------------------------------------------------------------------------------

/** The weights, and the gradients of q and the keys after backward() of Σ c_t·w_t. */
function run(attentionWeights: AttentionWeights, { q: qs, keys: ks, c }: Case): Outcome {
  const q = qs.map((v) => new Value(v));
  const keys = ks.map((k) => k.map((v) => new Value(v)));
  const weights = attentionWeights(q as never, keys as never) as unknown as Value[];
  let total = weights[0].mul(c[0]);
  for (let t = 1; t < weights.length; t++) total = total.add(weights[t].mul(c[t]));
  total.backward();
  return { weights: weights.map((w) => w.data), qGrads: q.map((v) => v.grad), keyGrads: keys.map((k) => k.map((v) => v.grad)) };
}

function howItIsMade(attentionWeights: AttentionWeights, { q: qs, keys: ks }: Case): string {
  const q = qs.map((v) => new Value(v));
  const keys = ks.map((k) => k.map((v) => new Value(v)));
  const weights = attentionWeights(q as never, keys as never) as unknown as unknown[];
  if (!Array.isArray(weights) || weights.length !== ks.length) return `attentionWeights should return one weight per key (${ks.length} here); got ${Array.isArray(weights) ? weights.length : typeof weights}`;
  if (weights.some((w) => !(w instanceof Value) || Object.getPrototypeOf(w) !== Value.prototype)) return 'every weight should be a Value (the course’s Value)';
  const all = [...q, ...keys.flat()];
  const numbers = [...qs, ...ks.flat()];
  const changed = all.findIndex((v, i) => v.data !== numbers[i]);
  if (changed >= 0) return 'the query or a key changed: attentionWeights should leave its inputs as they are';
  if (all.some((v) => v.grad !== 0)) return 'a gradient is already set before backward(): attentionWeights should only build the weights';
  return 'ok';
}

// --- On the page: the reference ----------------------------------------------------------------------------

function reference({ q: qs, keys: ks, c }: Case): Outcome {
  const q = qs.map((v) => new Value(v));
  const keys = ks.map((k) => k.map((v) => new Value(v)));
  const weights = engineAttentionWeights(q, keys);
  let total = weights[0].mul(c[0]);
  for (let t = 1; t < weights.length; t++) total = total.add(weights[t].mul(c[t]));
  total.backward();
  return { weights: weights.map((w) => w.data), qGrads: q.map((v) => v.grad), keyGrads: keys.map((k) => k.map((v) => v.grad)) };
}

/** The weights with another scale, for recognising the usual mistakes. */
function weightsScaledBy(divisor: (c: Case) => number, c: Case): number[] {
  const scores = c.keys.map((k) => k.reduce((s, kj, j) => s + kj * c.q[j], 0) / divisor(c));
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

// --- The hidden cases --------------------------------------------------------------------------------------

/**
 * Head sizes 1 to 6, 1 to 8 keys (the first position has one), zeros, negatives, equal keys, a key equal to
 * the query, and larger numbers (scores up to about 50); c picks up every weight.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({ d: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 8 }) })
  .chain(({ d, n }) =>
    fc.record({
      q: fc.array(readableNumber(3), { minLength: d, maxLength: d }),
      keys: fc.oneof(
        { weight: 4, arbitrary: fc.array(fc.array(readableNumber(3), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }) },
        { weight: 1, arbitrary: fc.array(readableNumber(3), { minLength: d, maxLength: d }).map((k) => Array.from({ length: n }, () => [...k])) },
      ),
      c: fc.array(fc.constantFrom(1, -1, 2, 0.5), { minLength: n, maxLength: n }),
    }),
  );

const call = ({ q, keys }: Case) => `attentionWeights([${q.join(', ')}], [${keys.map((k) => `[${k.join(', ')}]`).join(', ')}])`;

function caseCode({ q, keys, c }: Case): string {
  return [
    `const q = [${q.join(', ')}].map((v) => new Value(v));`,
    `const keys = [${keys.map((k) => `[${k.join(', ')}]`).join(', ')}].map((k) => k.map((v) => new Value(v)));`,
    'const weights = attentionWeights(q, keys);',
    `const c = [${c.join(', ')}];`,
    'let total = weights[0].mul(c[0]);',
    'for (let t = 1; t < weights.length; t++) total = total.add(weights[t].mul(c[t]));',
    'total.backward();',
    "console.log('weights', weights.map((w) => w.data), 'q grads', q.map((v) => v.grad), 'key grads', keys.map((k) => k.map((v) => v.grad)));",
  ].join('\n');
}

// --- Messages ------------------------------------------------------------------------------------------------

function weightsMessage(got: Observation, c: Case): string {
  const want = reference(c).weights;
  if (!Array.isArray(got) || got.length !== want.length) return `${call(c)} should give ${want.length} weights, ${show(want)}; got ${show(got)}.`;
  const like = (w: number[]) => w.every((x, i) => same(got[i], x, 1e-9));
  const hint = like(weightsScaledBy(() => 1, c))
    ? ' — the scores are not scaled: divide each q·k by sqrt(d), d the length of q.'
    : like(weightsScaledBy((x) => x.q.length, c))
      ? ' — divided by d itself: divide by its square root, sqrt(d).'
      : like(weightsScaledBy((x) => Math.sqrt(x.keys.length), c))
        ? ' — divided by the square root of the number of keys: d is the length of the vectors.'
        : Math.abs(got.reduce((s: number, w) => s + (typeof w === 'number' ? w : NaN), 0) - 1) > 1e-9
          ? ' — the weights should sum to 1: softmax of the scores.'
          : '.';
  const i = want.findIndex((w, t) => !same(got[t], w, 1e-9));
  return `${call(c)}: weight ${i} should be ${show(want[i])}; got ${show(got[i])}${hint}`;
}

function gradsMessage(got: Observation, c: Case, part: 'qGrads' | 'keyGrads'): string | undefined {
  const want = reference(c)[part];
  const what = part === 'qGrads' ? 'the query’s gradients' : 'the keys’ gradients';
  const flat = (x: unknown) => (Array.isArray(x) ? x.flat() : []);
  const zero = flat(got).length > 0 && flat(got).every((g) => g === 0);
  return `${call(c)}, then backward() of ${c.c.map((w, t) => `${w}·w[${t}]`).join(' + ')}: ${what} should be ${show(want)}; got ${show(got)}${zero ? ' — all 0: are the weights made from q and the keys with Value ops?' : '.'}`;
}

export default defineChecks<Learner>([
  {
    name: 'the weights for the lesson’s query and three keys',
    observe: ({ attentionWeights }) => run(attentionWeights, LESSON).weights,
    expected: reference(LESSON).weights,
    message: (got) => weightsMessage(got, LESSON),
  },
  {
    name: 'backward() from the first weight reaches the query and every key',
    observe: ({ attentionWeights }) => {
      const { qGrads, keyGrads } = run(attentionWeights, LESSON);
      return { qGrads, keyGrads };
    },
    expected: { qGrads: reference(LESSON).qGrads, keyGrads: reference(LESSON).keyGrads },
    message: (got) => {
      const g = got as { qGrads?: Observation; keyGrads?: Observation };
      return same(g?.qGrads, reference(LESSON).qGrads, 1e-9) ? gradsMessage(g?.keyGrads ?? null, LESSON, 'keyGrads')! : gradsMessage(g?.qGrads ?? null, LESSON, 'qGrads')!;
    },
  },
  hidden({
    name: 'the weights are right for other heads: sizes 1 to 6, 1 to 8 positions, equal keys, zeros',
    cases,
    observe: ({ attentionWeights }, c) => run(attentionWeights, c).weights,
    expected: (c) => reference(c).weights,
    code: caseCode,
    message: (got, _expected, c) => weightsMessage(got, c),
  }),
  hidden({
    name: 'the query’s gradients are right',
    cases,
    observe: ({ attentionWeights }, c) => run(attentionWeights, c).qGrads,
    expected: (c) => reference(c).qGrads,
    code: caseCode,
    message: (got, _expected, c) => gradsMessage(got, c, 'qGrads'),
  }),
  hidden({
    name: 'every key’s gradients are right',
    cases,
    observe: ({ attentionWeights }, c) => run(attentionWeights, c).keyGrads,
    expected: (c) => reference(c).keyGrads,
    code: caseCode,
    message: (got, _expected, c) => gradsMessage(got, c, 'keyGrads'),
  }),
  hidden({
    name: 'the weights are Values built from the query and keys, which are left as they were',
    cases,
    runs: 20,
    observe: ({ attentionWeights }, c) => howItIsMade(attentionWeights, c),
    expected: () => 'ok',
    code: caseCode,
    message: (got) => `${String(got)}.`,
  }),
]);
