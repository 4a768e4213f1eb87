import fc from 'fast-check';
import { Value } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type SoftmaxNll = Learner['softmaxNll'];
/** The engine's Values, as the learner's code (typed with the sandbox's global Value) takes them. */
const asLogits = (logits: Value[]) => logits as unknown as Parameters<SoftmaxNll>[0];
const hidden = hiddenCases<Learner>();

/** One case: the logits and the label (an index into them). */
type Case = { logits: number[]; label: number };
type Outcome = { loss: number; grads: number[] };

// PyTorch 1.13: F.cross_entropy(torch.tensor([[0., 3., -2., 1.]], dtype=torch.float64), torch.tensor([3])).
const LESSON: Case = { logits: [0, 3, -2, 1], label: 3 };
const PYTORCH_LOSS = 2.1755153626167143;
const PYTORCH_GRADS = [0.04177257051535046, 0.8390245074625321, 0.00565330266221633, -0.8864503806400987];
const LARGE: Case = { logits: [1000, 1001, 1002], label: 2 };

// --- In the worker: what the learner's softmaxNll does ---------------------------------------------------

/** The learner's loss and the logits' gradients after loss.backward(). */
function run(softmaxNll: SoftmaxNll, { logits: zs, label }: Case): Outcome {
  const logits = zs.map((z) => new Value(z));
  const loss = softmaxNll(asLogits(logits), label);
  loss.backward();
  return { loss: loss.data, grads: logits.map((z) => z.grad) };
}

/**
 * What the prompt asks of how the loss is made, as words ("ok" when all is well): the loss is a Value that
 * the ops made from the logits (not a new Value holding a number, not another class, not with its own
 * backward), and softmaxNll leaves the gradients to backward().
 */
function howItIsMade(softmaxNll: SoftmaxNll, { logits: zs, label }: Case): string {
  const logits = zs.map((z) => new Value(z));
  const loss = softmaxNll(asLogits(logits), label);
  if (!(loss instanceof Value) || Object.getPrototypeOf(loss) !== Value.prototype) return 'softmaxNll should return a Value (the course’s Value, not another class)';
  if (Object.hasOwn(loss, 'backward')) return 'the loss has a backward of its own: backward() should be Value’s, applying the chain rule through the ops';
  if (loss.prev.length === 0) return 'the loss is a new Value with no inputs (a number wrapped in a Value): build it with Value ops from the logits, so that backward() reaches them';
  const changed = logits.findIndex((z, i) => z.data !== zs[i]);
  if (changed >= 0) return `logits[${changed}].data changed from ${show(zs[changed], true)} to ${show(logits[changed].data, true)}: softmaxNll should leave the logits as they are (shift copies of them, with Value ops)`;
  const ops = opsIn(loss);
  if ((ops.get('exp') ?? 0) < zs.length || (ops.get('log') ?? 0) < 1) {
    return `the loss should be made by the prompt's ops — an exp of each logit (${zs.length} here), then a log — so that backward() applies their derivatives; its graph has ${ops.get('exp') ?? 0} exp and ${ops.get('log') ?? 0} log`;
  }
  const early = logits.findIndex((z) => z.grad !== 0);
  if (early >= 0) return `logits[${early}].grad is already ${show(logits[early].grad)} before backward(): softmaxNll should only build the loss, and backward() give the gradients`;
  return 'ok';
}

/** How many values each op made in the graph under `root`. */
function opsIn(root: Value): Map<string, number> {
  const seen = new Set<Value>([root]);
  const stack = [root];
  const counts = new Map<string, number>();
  while (stack.length > 0) {
    const v = stack.pop()!;
    counts.set(v.op, (counts.get(v.op) ?? 0) + 1);
    for (const child of v.prev) if (!seen.has(child)) seen.add(child), stack.push(child);
  }
  return counts;
}

// --- On the page: the reference, with the engine's Value ---------------------------------------------------

/** The loss and gradients as the prompt builds them; `shift: false` is the overflowing formula, for messages. */
function reference({ logits: zs, label }: Case, { shift = true } = {}): Outcome {
  const logits = zs.map((z) => new Value(z));
  const max = shift ? Math.max(...zs) : 0;
  const exps = logits.map((z) => z.sub(max).exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  const loss = exps[label].div(sum).log().neg();
  loss.backward();
  return { loss: loss.data, grads: logits.map((z) => z.grad) };
}

// --- The hidden cases ------------------------------------------------------------------------------------

/**
 * Logits of every kind: 1 to 6 of them, each label; 0, negatives, fractions (readableNumber), equal logits
 * (all the same, or repeated values); large magnitudes as the prompt states them — all near 1000 or -1000,
 * where exp overflows to Infinity or underflows to 0, and logits 1000 below the largest, whose
 * probability underflows to 0. Only cases with a finite loss below 500: a label whose probability is
 * below about e^-700 has no float64 probability, so no -log of it.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    offset: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.constantFrom(1000, -1000, 750, -800) }),
    spread: fc.oneof(
      { weight: 5, arbitrary: fc.array(readableNumber(5), { minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.tuple(readableNumber(5), fc.integer({ min: 1, max: 6 })).map(([z, n]) => Array<number>(n).fill(z)) },
      { weight: 1, arbitrary: fc.array(fc.oneof(readableNumber(5), fc.constant(-1000)), { minLength: 2, maxLength: 6 }) },
    ),
    label: fc.nat(),
  })
  .map(({ offset, spread, label }) => ({ logits: spread.map((z) => z + offset), label: label % spread.length }))
  .filter((c) => {
    const { loss, grads } = reference(c);
    return Number.isFinite(loss) && loss < 500 && grads.every(Number.isFinite);
  });

const call = ({ logits, label }: Case) => `softmaxNll([${logits.join(', ')}], ${label})`;

function caseCode(c: Case): string {
  return [
    `const logits = [${c.logits.join(', ')}].map((z) => new Value(z));`,
    `const loss = softmaxNll(logits, ${c.label});`,
    'loss.backward();',
    "console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));",
  ].join('\n');
}

// --- Messages --------------------------------------------------------------------------------------------

const near = (got: unknown, want: number) => typeof got === 'number' && Number.isFinite(want) && same(got, want, 1e-9);

/** What a wrong loss is, where the number shows it. */
function lossMistake(got: unknown, c: Case): string {
  if (typeof got !== 'number') return '';
  const p = Math.exp(-reference(c).loss);
  const range = Math.max(...c.logits) - Math.min(...c.logits);
  // exp overflows above about 709 and underflows below about -745: without the shift by the largest logit (or
  // with a shift by another one), such a case has an exp of Infinity, or only exps of 0.
  if (!Number.isFinite(got) && (!Number.isFinite(reference(c, { shift: false }).loss) || range > 709)) {
    return ` — exp of logits this large (or this small) overflows to Infinity (or underflows to 0): subtract the largest logit from every logit before exp, as the prompt says.`;
  }
  if (near(got, -p)) return ' — that is -p, minus the probability: the loss is -log(p).';
  if (near(got, Math.log(p))) return ' — that is log(p): the loss is its negative, -log(p).';
  if (got < 0) return ' — a probability is at most 1, so -log(p) is never negative.';
  return '.';
}

function lossMessage(got: Observation, c: Case): string {
  return `${call(c)}: the loss should be ${show(reference(c).loss)}; got ${show(got)}${lossMistake(got, c)}`;
}

function gradsMessage(got: Observation, c: Case): string | undefined {
  const { grads } = reference(c);
  const g = got as unknown[];
  if (!Array.isArray(g)) return `${call(c)}: the gradients should be ${show(grads)}; got ${show(got)}.`;
  const i = grads.findIndex((want, j) => !same(g[j], want, 1e-9));
  if (i < 0) return undefined;
  const zero = g.every((x) => x === 0) ? ' — every gradient is 0: is the loss built from the logits with Value ops, so that backward() reaches them?' : '.';
  return `${call(c)}: logits[${i}].grad should be ${show(grads[i])} (softmax − one-hot: ${show(grads)}); got ${show(g[i] as Observation)}${zero}`;
}

export default defineChecks<Learner>([
  // The lesson's own numbers first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'the loss for logits [0, 3, -2, 1] and label 3 is PyTorch’s 2.1755153626167143',
    observe: ({ softmaxNll }) => run(softmaxNll, LESSON).loss,
    expected: PYTORCH_LOSS,
    message: (got) => lossMessage(got, LESSON),
  },
  {
    name: 'the gradients of the logits are PyTorch’s',
    observe: ({ softmaxNll }) => run(softmaxNll, LESSON).grads,
    expected: PYTORCH_GRADS,
    message: (got) => gradsMessage(got, LESSON),
  },
  {
    name: 'large logits do not overflow: [1000, 1001, 1002], label 2',
    observe: ({ softmaxNll }) => run(softmaxNll, LARGE),
    expected: reference(LARGE),
    message: (got) => {
      const { loss, grads } = got as Partial<Outcome>;
      return near(loss, reference(LARGE).loss) ? gradsMessage(grads as Observation, LARGE) : lossMessage(loss as Observation, LARGE);
    },
  },
  hidden({
    name: 'the loss is right for other logits: 1 to 6 of them, every label, zeros, negatives, equal logits, large ones',
    cases,
    observe: ({ softmaxNll }, c) => run(softmaxNll, c).loss,
    expected: (c) => reference(c).loss,
    code: caseCode,
    message: (got, _expected, c) => lossMessage(got, c),
  }),
  hidden({
    name: 'every logit’s gradient is right for other logits',
    cases,
    observe: ({ softmaxNll }, c) => run(softmaxNll, c).grads,
    expected: (c) => reference(c).grads,
    code: caseCode,
    message: (got, _expected, c) => gradsMessage(got, c),
  }),
  hidden({
    name: 'the loss builds on the logits with Value ops and leaves the gradients to backward()',
    cases,
    runs: 20,
    observe: ({ softmaxNll }, c) => howItIsMade(softmaxNll, c),
    expected: () => 'ok',
    code: caseCode,
    message: (got) => `${String(got)}.`,
  }),
]);
