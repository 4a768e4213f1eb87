import fc from 'fast-check';
import { MLP, Value } from '../../../engine/index.ts';
import { input, list, mlpSizes, num } from '../../../src/checks/cases/networks.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

// --- The engine's gradient descent, and the runs that known mistakes give ---------------------------------

/** `leftover`: the grad every parameter arrives with, as an earlier backward() may leave it (0: none). */
type Spec = { nin: number; nouts: number[]; seed: number; leftover?: number };
type TrainCase = { model: Spec; xs: number[][]; ys: number[]; steps: number; lr: number };

function makeModel({ nin, nouts, seed, leftover = 0 }: Spec): MLP {
  const model = new MLP(nin, nouts, { seed });
  for (const p of model.parameters()) p.grad = leftover;
  return model;
}
/** The same model, typed as the learner's code sees the engine's MLP. */
const modelFor = (spec: Spec) => makeModel(spec) as unknown as Parameters<Learner['train']>[0];

/** How a run goes: plain gradient descent, or with one of the mistakes the messages can name. */
type Way = { zero?: boolean; lrTimes?: number; lr?: number; lastUpdate?: boolean };

/** The losses of each step and the parameters after the run: with `way = {}`, what the learner's loop must give. */
function run({ model: spec, xs, ys, steps, lr }: TrainCase, way: Way = {}): { losses: number[]; params: number[] } {
  const model = makeModel(spec);
  const rate = (way.lr ?? lr) * (way.lrTimes ?? 1);
  const losses: number[] = [];
  for (let k = 0; k < steps; k++) {
    let loss = new Value(0);
    xs.forEach((x, i) => (loss = loss.add((model.forward(x) as Value).sub(ys[i]).pow(2))));
    losses.push(loss.data);
    if (way.zero ?? true) model.zeroGrad();
    loss.backward();
    if (k === steps - 1 && way.lastUpdate === false) break;
    for (const p of model.parameters()) p.data += -rate * p.grad;
  }
  return { losses, params: model.parameters().map((p) => p.data) };
}

// Plain gradient descent is deterministic, and right answers (p.data -= lr * p.grad, zeroing before or after
// the step, model.zeroGrad() or a loop) give it to the last bit. A loss written in another order (the samples
// summed backwards, (d)·(d) for d²) differs in the last bits, and over 25 steps through saturated tanh those
// differences grow: up to 2e-8 over 3000 hidden cases. 1e-6 leaves room for that, and for nothing else.
const TOLERANCE = 1e-6;
const close = (a: unknown, b: number) => same(a, b, TOLERANCE);
/** For naming a mistake: the learner's run is that run, to 6 significant digits even where the loss is small. */
const sameRun = (got: unknown, want: number[]) =>
  Array.isArray(got) && got.length === want.length && want.every((w, i) => typeof got[i] === 'number' && Math.abs(got[i] - w) <= TOLERANCE * Math.abs(w));

/** What the learner's losses are, when they are what a known mistake gives (and gradient descent does not). */
function lossesMistake(losses: unknown, c: TrainCase): string | undefined {
  const right = run(c).losses;
  const is = (way: Way) => {
    const theirs = run(c, way).losses;
    return sameRun(losses, theirs) && !sameRun(right, theirs);
  };
  if (c.steps > 1 && is({ lrTimes: 0 })) return 'the loss never changes: are the parameters updated after backward() (and not zeroed in between)?';
  if (is({ zero: false })) return 'these are the losses of training without zeroing the gradients: are they zeroed before each backward()?';
  if (is({ lrTimes: -1 })) return 'these are the losses of moving along the gradient: each parameter should move against it (p.data -= lr * p.grad).';
  if (is({ lrTimes: 2 })) return `these are the losses of gradient descent with twice the learning rate (${2 * c.lr}): is each step's update done once, with one backward()?`;
  if (c.lr !== 0.05 && is({ lr: 0.05 })) return `these are the losses with lr = 0.05: is the lr given (${c.lr}) used?`;
  if (is({ lrTimes: 1 / c.lr })) return 'these are the losses of moving by the whole gradient: is it multiplied by lr?';
  return undefined;
}

/** The first step whose loss is off, in a sentence, and what the run looks like where it shows a mistake. */
function lossesMessage(got: unknown, c: TrainCase, about: string): string {
  const want = run(c).losses;
  if (!Array.isArray(got)) return `${about}, train should return a list of ${c.steps} losses; got ${show(got as Observation)}.`;
  if (got.length !== want.length) return `${about}, train should return one loss per step, ${c.steps}; it returned ${got.length}.`;
  const k = want.findIndex((w, i) => !close(got[i], w));
  const have = got[k];
  const [h, w] = typeof have === 'number' ? showPair(have, want[k]) : [show(have as Observation), show(want[k])];
  const at = `${about}, the loss at step ${k} should be ${w}; got ${h}`;
  if (k === 0) return `${at} — the first loss comes before any update: is the given forward pass and loss left as it was?`;
  const mistake = lossesMistake(got, c);
  return mistake ? `${at}: ${mistake}` : `${at}.`;
}

// --- The lecture's four samples --------------------------------------------------------------------------

const LECTURE: Omit<TrainCase, 'steps' | 'lr'> = {
  model: { nin: 3, nouts: [4, 4, 1], seed: 7 },
  xs: [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]],
  ys: [1.0, -1.0, -1.0, 1.0],
};
const lecture = (steps: number): TrainCase => ({ ...LECTURE, steps, lr: 0.05 });
const lectureModel = () => modelFor(LECTURE.model);
const twenty = run(lecture(20)).losses;
const hundred = run(lecture(100)).losses;

// --- Hidden cases ----------------------------------------------------------------------------------------

const target = () =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(1, -1, 0, 0.5, -0.25) },
    { weight: 2, arbitrary: fc.integer({ min: -999, max: 999 }).map((n) => n / 1000) },
  );

const trainCases: fc.Arbitrary<TrainCase> = fc
  .record({
    sizes: mlpSizes({ maxIn: 3, maxLayers: 3, maxSize: 4, lastSize: 1 }),
    seed: fc.integer({ min: 1, max: 10_000 }),
    // Sometimes the model arrives with gradients from an earlier backward(): zeroing must come first.
    leftover: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(0.5, -2, 0.125) }),
    steps: fc.integer({ min: 1, max: 25 }),
    lr: fc.constantFrom(0.05, 0.01, 0.1, 0.02, 0.075),
  })
  .chain(({ sizes, seed, leftover, steps, lr }) =>
    fc.record({
      model: fc.constant({ ...sizes, seed, leftover }),
      xs: fc.array(fc.array(input(), { minLength: sizes.nin, maxLength: sizes.nin }), { minLength: 1, maxLength: 5 }),
      ys: fc.array(target(), { minLength: 5, maxLength: 5 }),
      steps: fc.constant(steps),
      lr: fc.constant(lr),
    }),
  )
  .map((c) => ({ ...c, ys: c.ys.slice(0, c.xs.length) }));

function trainCode(c: TrainCase): string {
  const { losses, params } = run(c);
  const { nin, nouts, seed, leftover = 0 } = c.model;
  return [
    `const model = new MLP(${nin}, ${list(nouts)}, { seed: ${seed} });`,
    ...(leftover !== 0 ? [`for (const p of model.parameters()) p.grad = ${leftover}; // left over from an earlier backward()`] : []),
    `const losses = train(model, [${c.xs.map(list).join(', ')}], ${list(c.ys)}, ${c.steps}, ${c.lr});`,
    `console.log(losses); // should be ${list(losses.map(num))}`,
    `console.log(model.parameters().map((p) => p.data)); // should be ${list(params.map(num))}`,
  ].join('\n');
}

const aboutCase = (c: TrainCase) =>
  `training MLP(${c.model.nin}, ${list(c.model.nouts)}) (seed ${c.model.seed}${c.model.leftover ? `, every grad ${c.model.leftover} on arrival` : ''}) on ${c.xs.length} sample${c.xs.length === 1 ? '' : 's'} for ${c.steps} step${c.steps === 1 ? '' : 's'} with lr = ${c.lr}`;

export default defineChecks<Learner>([
  {
    name: 'train returns one loss per step',
    observe: ({ train }) => train(lectureModel(), LECTURE.xs, LECTURE.ys, 5, 0.05).length,
    expected: 5,
    message: (got) => `train(model, xs, ys, 5, 0.05) should return 5 losses, one per step; it returned ${show(got)}.`,
  },
  {
    name: 'the losses follow gradient descent step by step (20 steps, lr 0.05)',
    observe: ({ train }) => train(lectureModel(), LECTURE.xs, LECTURE.ys, 20, 0.05),
    expected: twenty,
    tolerance: TOLERANCE,
    message: (got) => lossesMessage(got, lecture(20), 'on the lecture’s four samples'),
  },
  {
    name: `after 100 steps (lr 0.05) the last loss is plain gradient descent's, ${show(hundred[99])}: below 0.01`,
    observe: ({ train }) => train(lectureModel(), LECTURE.xs, LECTURE.ys, 100, 0.05).at(-1) ?? null,
    expected: hundred[99],
    tolerance: TOLERANCE,
    message: (got) => {
      const [h, w] = typeof got === 'number' ? showPair(got, hundred[99]) : [show(got), show(hundred[99])];
      const start = `after 100 steps of gradient descent with lr 0.05 from the same weights, the last loss should be ${w}; got ${h}`;
      const noZero = run(lecture(100), { zero: false }).losses[99];
      if (sameRun([got], [noZero])) return `${start}, which is what training without zeroing the gradients gives — lower here, but not gradient descent: are they zeroed before each backward()?`;
      return `${start}${typeof got === 'number' && got < 0.01 ? ' — below 0.01 too, but not what gradient descent gives from these weights' : ''}.`;
    },
  },
  hidden({
    name: 'every step’s loss is gradient descent’s for other data, learning rates, steps and network sizes',
    cases: trainCases,
    observe: ({ train }, c) => train(modelFor(c.model), c.xs, c.ys, c.steps, c.lr),
    expected: (c) => run(c).losses,
    tolerance: TOLERANCE,
    code: trainCode,
    message: (got, _expected, c) => lossesMessage(got, c, aboutCase(c)),
  }),
  hidden({
    name: 'after train, every parameter has taken all its steps: one update per step, the last step’s too',
    cases: trainCases,
    observe: ({ train }, c) => {
      const model = modelFor(c.model);
      train(model, c.xs, c.ys, c.steps, c.lr);
      return model.parameters().map((p) => p.data);
    },
    expected: (c) => run(c).params,
    tolerance: TOLERANCE,
    code: trainCode,
    message: (got, expected, c) => {
      const want = expected as number[];
      const g = got as unknown[];
      const k = want.findIndex((w, i) => !close(g[i], w));
      const have = g[k];
      const [h, w] = typeof have === 'number' ? showPair(have, want[k]) : [show(have as Observation), show(want[k])];
      const start = `${aboutCase(c)}, model.parameters()[${k}].data should end at ${w}; got ${h}`;
      if (sameRun(got, run(c, { lastUpdate: false }).params)) return `${start} — that is where it stands before the last step's update: every step, the last one too, ends with the update.`;
      return `${start}.`;
    },
  }),
]);
