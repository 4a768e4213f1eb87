import fc from 'fast-check';
import { drawIndex, probabilities } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

type Case = { logits: number[]; temperature: number; u: number };

/** The token the prompt's rule gives, from the engine's softmax and draw. */
const reference = ({ logits, temperature, u }: Case) => drawIndex(probabilities(logits, temperature), u);

/** The running totals of the probabilities: where u's token changes. */
function runningTotals({ logits, temperature }: Case): number[] {
  let total = 0;
  return probabilities(logits, temperature).map((p) => (total += p));
}

// --- The hidden cases --------------------------------------------------------------------------------------

/**
 * 1 to 8 logits (zeros, negatives, equal ones, some near ±1000), temperatures from 0.1 to 5 (and exactly 1),
 * u across [0, 1) — at 0, and just under 1 — but never within 1e-9 of a running total, where any two correct
 * ways of summing could round to different tokens.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    offset: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1000, -1000) }),
    spread: fc.oneof(
      { weight: 4, arbitrary: fc.array(readableNumber(4), { minLength: 1, maxLength: 8 }) },
      { weight: 1, arbitrary: fc.tuple(readableNumber(4), fc.integer({ min: 1, max: 8 })).map(([z, n]) => Array<number>(n).fill(z)) },
    ),
    temperature: fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 50 }).map((t) => t / 10) }),
    u: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(0, 0.999999) }, { weight: 5, arbitrary: fc.integer({ min: 0, max: 9999 }).map((k) => k / 10000) }),
  })
  .map(({ offset, spread, temperature, u }) => ({ logits: spread.map((l) => l + offset), temperature, u }))
  .filter((c) => runningTotals(c).every((t) => Math.abs(t - c.u) > 1e-9));

const call = ({ logits, temperature, u }: Case) => `sampleToken([${logits.join(', ')}], ${temperature}, ${u})`;
const caseCode = (c: Case) => `console.log(${call(c)});`;

// --- Messages ------------------------------------------------------------------------------------------------

function message(got: Observation, c: Case): string {
  const want = reference(c);
  const probs = probabilities(c.logits, c.temperature);
  const tokenFor = (ps: number[]) => drawIndex(ps, c.u);
  const overflows = Math.max(...c.logits.map((l) => Math.abs(l / c.temperature))) > 709;
  const hint =
    typeof got !== 'number' || !Number.isInteger(got)
      ? ' — it should return a token: an index into the logits.'
      : overflows && got === c.logits.length - 1
        ? ' — Math.exp of logits this large overflows to Infinity (Infinity / Infinity is NaN): subtract the largest scaled logit first, as the prompt says.'
        : got === tokenFor(probabilities(c.logits, 1)) && c.temperature !== 1 && want !== got
        ? ' — that is the token at temperature 1: divide the logits by the temperature first.'
        : got === tokenFor(probabilities(c.logits, 1 / c.temperature)) && want !== got
          ? ' — the logits were multiplied by the temperature: divide them by it.'
          : got === probs.indexOf(Math.max(...probs)) && want !== got
            ? ' — that is the most likely token: draw with u, the first index whose running total is greater than u.'
            : got === want + 1
              ? ' — one past it: the first index whose running total is greater than u.'
              : '.';
  const totals = runningTotals(c).map((t) => Number(t.toFixed(4)));
  return `${call(c)} should be ${want} (probabilities ${show(probs.map((p) => Number(p.toFixed(4))))}, running totals ${show(totals)}); got ${show(got)}${hint}`;
}

const LESSON: Case[] = [
  { logits: [2, 1, 0.5, -1], temperature: 1, u: 0.7 },
  { logits: [2, 1, 0.5, -1], temperature: 1, u: 0.1 },
];
const COLD: Case = { logits: [2, 1, 0.5, -1], temperature: 0.5, u: 0.8 };
const LARGE: Case = { logits: [1000, 999, 1001], temperature: 1, u: 0.2 };
/** p = [0.5, 0.5] exactly: u = 0.5 is not below the first total, so it is the next token's. */
const ON_A_TOTAL: Case = { logits: [0, 0], temperature: 1, u: 0.5 };
/** Ten probabilities of 0.1 add up to 0.9999999999999999: a u that large passes every total. */
const PAST_THE_TOTAL: Case = { logits: Array<number>(10).fill(0), temperature: 1, u: 0.9999999999999999 };

export default defineChecks<Learner>([
  {
    name: 'the lesson’s logits at temperature 1: u = 0.7 gives token 1, u = 0.1 token 0',
    observe: ({ sampleToken }) => LESSON.map((c) => sampleToken(c.logits, c.temperature, c.u)),
    expected: LESSON.map(reference),
    message: (got) => {
      const g = got as Observation[];
      const i = LESSON.findIndex((c, k) => g?.[k] !== reference(c));
      return message(g?.[i] ?? null, LESSON[Math.max(0, i)]);
    },
  },
  {
    name: 'a temperature below 1 sharpens: at 0.5, u = 0.8 gives token 0 (at 1 it gives token 1)',
    observe: ({ sampleToken }) => sampleToken(COLD.logits, COLD.temperature, COLD.u),
    expected: reference(COLD),
    message: (got) => message(got, COLD),
  },
  {
    name: 'large logits do not overflow: [1000, 999, 1001] at temperature 1, u = 0.2',
    observe: ({ sampleToken }) => sampleToken(LARGE.logits, LARGE.temperature, LARGE.u),
    expected: reference(LARGE),
    message: (got) => message(got, LARGE),
  },
  {
    name: 'u exactly on a running total belongs to the next token: [0, 0] at u = 0.5 gives token 1',
    observe: ({ sampleToken }) => sampleToken(ON_A_TOTAL.logits, ON_A_TOTAL.temperature, ON_A_TOTAL.u),
    expected: reference(ON_A_TOTAL),
    message: (got) => `${call(ON_A_TOTAL)} should be 1 (probabilities [0.5, 0.5]: the first running total is 0.5, not greater than u = 0.5); got ${show(got)}${got === 0 ? ' — the running total must be greater than u, not equal to it.' : '.'}`,
  },
  {
    name: 'a u beyond every running total (rounding) gives the last token: ten equal logits, u = 0.9999999999999999',
    observe: ({ sampleToken }) => sampleToken(PAST_THE_TOTAL.logits, PAST_THE_TOTAL.temperature, PAST_THE_TOTAL.u),
    expected: reference(PAST_THE_TOTAL),
    message: (got) => `${message(got, PAST_THE_TOTAL).replace(/\.$/, '')} — ten probabilities of 0.1 add up to 0.9999999999999999, not 1: return the last token when no total is greater than u.`,
  },
  hidden({
    name: 'the token is right for other logits, temperatures and u',
    cases,
    observe: ({ sampleToken }, c) => sampleToken(c.logits, c.temperature, c.u),
    expected: reference,
    code: caseCode,
    message: (got, _expected, c) => message(got, c),
  }),
]);
