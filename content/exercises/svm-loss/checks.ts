import fc from 'fast-check';
import { makeMoons, MLP } from '../../../engine/index.ts';
import { svmLoss as engineSvmLoss } from '../../../engine/reference/losses.ts';
import { input, list, mlpSizes, num } from '../../../src/checks/cases/networks.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

// --- A case: a model, points and labels, alpha -----------------------------------------------------------

type ModelSpec = { nin: number; nouts: number[]; activation: 'relu' | 'tanh'; linearOutput: boolean; seed: number };
type LossCase = { model: ModelSpec; xs: number[][]; ys: number[]; alpha: number };

const makeModel = ({ nin, nouts, activation, linearOutput, seed }: ModelSpec) => new MLP(nin, nouts, { activation, linearOutput, seed });
/** The same model, typed as the learner's code sees the engine's MLP. */
type LearnerModel = Parameters<Learner['svmLoss']>[0];
const modelFor = (spec: ModelSpec) => makeModel(spec) as unknown as LearnerModel;

/** The numbers behind the loss, on the page: each score, each parameter, and the parts a mistake would use. */
function parts({ model, xs, ys, alpha }: LossCase) {
  const m = makeModel(model);
  const scores = xs.map((x) => (m.forward(x) as { data: number }).data);
  const params = m.parameters().map((p) => p.data);
  const mean = (f: (s: number, y: number) => number) => scores.reduce((sum, s, i) => sum + f(s, ys[i]), 0) / xs.length;
  const squares = params.reduce((sum, p) => sum + p * p, 0);
  const right = scores.filter((s, i) => s > 0 === ys[i] > 0).length;
  return {
    scores,
    hinge: mean((s, y) => Math.max(0, 1 - y * s)),
    squares,
    penalty: alpha * squares,
    wrongSign: mean((s, y) => Math.max(0, 1 + y * s)),
    noRelu: mean((s, y) => 1 - y * s),
    right,
  };
}

/** The engine's reference loss on a fresh copy of the case's model: total, accuracy, and every parameter's grad. */
function reference(input: LossCase) {
  const m = makeModel(input.model);
  const { total, accuracy } = engineSvmLoss(m, input.xs, input.ys, input.alpha);
  total.backward();
  return { total: total.data, accuracy, grads: m.parameters().map((p) => p.grad) };
}

/** The reference's grads when the penalty is left out of the graph (added as a plain number, or not at all). */
function gradsWithoutPenalty(input: LossCase): number[] {
  const m = makeModel(input.model);
  engineSvmLoss(m, input.xs, input.ys, 0).total.backward();
  return m.parameters().map((p) => p.grad);
}

const close = (a: unknown, b: number) => same(a, b, 1e-9);

/** Why a total is off, when it is what a known mistake gives (and the right loss is not); otherwise nothing. */
function totalMistake(got: unknown, input: LossCase): string {
  const p = parts(input);
  const want = p.hinge + p.penalty;
  const is = (v: number) => close(got, v) && !close(want, v);
  if (is(p.hinge * input.xs.length + p.penalty)) return ' — that is the sum of the point losses; the loss is their mean, not their sum.';
  if (is(p.hinge)) return ` — that is the mean hinge loss alone: is alpha · Σ p² added (${num(p.penalty)} here)?`;
  if (is(p.hinge + p.squares)) return ` — that adds Σ p² (${num(p.squares)}) without multiplying it by alpha (${input.alpha}).`;
  if (is(p.hinge + 1e-4 * p.squares)) return ` — that adds 1e-4 · Σ p², the demo's alpha: is the alpha given (${input.alpha}) used?`;
  if (is(p.wrongSign + p.penalty)) return ' — that is relu(1 + y·score); a point’s loss is relu(1 − y·score).';
  if (is(p.noRelu + p.penalty)) return ' — that is 1 − y·score without the relu: a point beyond the margin should cost 0, not less.';
  return '.';
}

function accuracyMistake(got: unknown, input: LossCase): string {
  const { right } = parts(input);
  const n = input.xs.length;
  const want = right / n;
  if (close(got, right) && !close(want, right)) return ` — that is the number of points on the right side; the accuracy is their fraction, ${right}/${n}.`;
  if (close(got, 1 - want) && !close(want, 1 - want)) return ' — that is the fraction on the wrong side.';
  return '.';
}

function gradMismatch(got: unknown, expected: number[], input: LossCase, where = 'model.parameters()'): string | undefined {
  const g = got as unknown[];
  if (!Array.isArray(g)) return undefined;
  const k = expected.findIndex((e, i) => !close(g[i], e));
  if (k < 0) return undefined;
  const have = g[k];
  const [h, w] = typeof have === 'number' ? showPair(have, expected[k]) : [show(have as Observation), show(expected[k])];
  const start = `after total.backward(), ${where}[${k}].grad should be ${w}; got ${h}`;
  if (input.alpha !== 0) {
    const bare = gradsWithoutPenalty(input);
    if (bare.every((b, i) => close(g[i], b))) return `${start}, the gradient without the penalty — is alpha · Σ p² built from the parameters with Value ops (p.mul(p)), not from their .data?`;
  }
  return `${start}.`;
}

// --- The lesson's example: micrograd's moons -------------------------------------------------------------

const { xs, ys } = makeMoons(20, 0.1, { seed: 3 });
const MOONS_MODEL: ModelSpec = { nin: 2, nouts: [16, 16, 1], activation: 'relu', linearOutput: true, seed: 3 };
const model = () => modelFor(MOONS_MODEL);
const moons = (alpha: number): LossCase => ({ model: MOONS_MODEL, xs, ys, alpha });
const withoutRegularization = reference(moons(0));
const withRegularization = reference(moons(1e-4));

// --- Hidden cases ----------------------------------------------------------------------------------------

const specs: fc.Arbitrary<ModelSpec> = fc.record({
  sizes: mlpSizes({ maxIn: 3, maxLayers: 3, maxSize: 4, lastSize: 1 }),
  activation: fc.constantFrom('relu' as const, 'tanh' as const),
  linearOutput: fc.boolean(),
  seed: fc.integer({ min: 1, max: 10_000 }),
}).map(({ sizes, ...rest }) => ({ ...sizes, ...rest }));

const lossCases: fc.Arbitrary<LossCase> = specs
  .chain((spec) =>
    fc.record({
      model: fc.constant(spec),
      xs: fc.array(fc.array(input(), { minLength: spec.nin, maxLength: spec.nin }), { minLength: 1, maxLength: 8 }),
      ys: fc.array(fc.constantFrom(1, -1), { minLength: 8, maxLength: 8 }),
      alpha: fc.constantFrom(0, 1e-4, 0.01, 0.5, 1, 2.5),
    }),
  )
  .map((c) => ({ ...c, ys: c.ys.slice(0, c.xs.length) }))
  // A score of exactly 0 has no sign (is it right for y = -1?), and 1 − y·score = 0 sits on relu's kink:
  // the prompt gives no answer there, so no case asks.
  .filter((c) => parts(c).scores.every((s, i) => s !== 0 && Math.abs(1 - c.ys[i] * s) > 1e-9));

const modelCode = ({ nin, nouts, activation, linearOutput, seed }: ModelSpec) =>
  `const model = new MLP(${nin}, ${list(nouts)}, { activation: '${activation}', linearOutput: ${linearOutput}, seed: ${seed} });`;

function caseCode(input: LossCase, what: 'loss' | 'accuracy' | 'grads'): string {
  const r = reference(input);
  const lines = [
    modelCode(input.model),
    `const xs = [${input.xs.map(list).join(', ')}];`,
    `const ys = ${list(input.ys)};`,
    `const { total, accuracy } = svmLoss(model, xs, ys, ${input.alpha});`,
  ];
  if (what === 'loss') lines.push(`console.log(total.data); // should be ${num(r.total)}`);
  if (what === 'accuracy') lines.push(`console.log(accuracy); // should be ${num(r.accuracy)}`);
  if (what === 'grads') lines.push('total.backward();', 'console.log(model.parameters().map((p) => p.grad));', `// should be ${list(r.grads.map(num))}`);
  return lines.join('\n');
}

const about = ({ model: m, xs: points, alpha }: LossCase) =>
  `for MLP(${m.nin}, ${list(m.nouts)}) (seed ${m.seed}) on ${points.length} point${points.length === 1 ? '' : 's'} with alpha = ${alpha}`;

export default defineChecks<Learner>([
  {
    name: 'the data loss is the mean hinge loss relu(1 − y·score) (alpha = 0)',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys, 0).total.data,
    expected: withoutRegularization.total,
    message: (got) => {
      const [g, e] = typeof got === 'number' ? showPair(got, withoutRegularization.total) : [show(got), show(withoutRegularization.total)];
      const hint = totalMistake(got, moons(0));
      return `on the 20 moons with alpha = 0, total.data should be ${e}; got ${g}${hint === '.' ? ' — is each point’s loss relu(1 − y·score), zero once the score has the right sign with a margin of 1, and the data loss their mean?' : hint}`;
    },
  },
  {
    name: 'the total adds alpha times the sum of squared parameters (alpha = 1e-4)',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys, 1e-4).total.data,
    expected: withRegularization.total,
    message: (got) => {
      const [g, e] = typeof got === 'number' ? showPair(got, withRegularization.total) : [show(got), show(withRegularization.total)];
      const hint = totalMistake(got, moons(1e-4));
      return `on the 20 moons with alpha = 1e-4, total.data should be ${e}, the mean hinge loss plus alpha · Σ p²; got ${g}${hint}`;
    },
  },
  {
    name: 'the accuracy is the fraction of points on the right side',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys).accuracy,
    expected: withRegularization.accuracy,
    message: (got) => `on the 20 moons, the accuracy should be ${show(withRegularization.accuracy)}; got ${show(got)}${accuracyMistake(got, moons(1e-4))}`,
  },
  {
    name: 'backward through the loss reaches every parameter',
    observe: ({ svmLoss }) => {
      const m = model();
      svmLoss(m, xs, ys, 1e-4).total.backward();
      return m.parameters().map((p) => p.grad);
    },
    expected: withRegularization.grads,
    message: (got) => gradMismatch(got, withRegularization.grads, moons(1e-4)),
  },
  hidden({
    name: 'the total is right for other models, points, labels and alpha (0 too)',
    cases: lossCases,
    observe: ({ svmLoss }, c) => svmLoss(modelFor(c.model), c.xs, c.ys, c.alpha).total.data,
    expected: (c) => reference(c).total,
    code: (c) => caseCode(c, 'loss'),
    message: (got, expected, c) => {
      const [g, e] = typeof got === 'number' ? showPair(got, expected as number) : [show(got), show(expected)];
      return `${about(c)}, total.data should be ${e}; got ${g}${totalMistake(got, c)}`;
    },
  }),
  hidden({
    name: 'the accuracy is right for other models, points and labels',
    cases: lossCases,
    observe: ({ svmLoss }, c) => svmLoss(modelFor(c.model), c.xs, c.ys, c.alpha).accuracy,
    expected: (c) => reference(c).accuracy,
    code: (c) => caseCode(c, 'accuracy'),
    message: (got, expected, c) => `${about(c)}, the accuracy should be ${show(expected)}; got ${show(got)}${accuracyMistake(got, c)}`,
  }),
  hidden({
    name: "every parameter's gradient is right for other models, points, labels and alpha",
    cases: lossCases,
    observe: ({ svmLoss }, c) => {
      const m = modelFor(c.model);
      svmLoss(m, c.xs, c.ys, c.alpha).total.backward();
      return m.parameters().map((p) => p.grad);
    },
    expected: (c) => reference(c).grads,
    code: (c) => caseCode(c, 'grads'),
    message: (got, expected, c) => {
      const why = gradMismatch(got, expected as number[], c);
      return why && `${about(c)}: ${why}`;
    },
  }),
]);
