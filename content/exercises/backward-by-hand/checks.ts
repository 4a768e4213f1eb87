import fc from 'fast-check';
import { Value } from '../../../engine/index.ts';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

/** The neuron's values from the output back: the order the chain rule fills them in, and the order of the messages. */
const NAMES = ['o', 'n', 'x1w1x2w2', 'b', 'x1w1', 'x2w2', 'x1', 'w1', 'x2', 'w2'] as const;
type Name = (typeof NAMES)[number];
type Grads = Record<Name, number>;
/** x1, x2, w1, w2, b. */
type Leaves = [number, number, number, number, number];

/** The neuron with these leaves, built by the engine. */
function build([x1d, x2d, w1d, w2d, bd]: Leaves) {
  const [x1, x2, w1, w2, b] = [x1d, x2d, w1d, w2d, bd].map((x) => new Value(x));
  const x1w1 = x1.mul(w1);
  const x2w2 = x2.mul(w2);
  const x1w1x2w2 = x1w1.add(x2w2);
  const n = x1w1x2w2.add(b);
  const o = n.tanh();
  return { x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o };
}

/** Every value's data, as the engine computes it. */
const dataOf = (leaves: Leaves) => {
  const v = build(leaves);
  return Object.fromEntries(NAMES.map((name) => [name, v[name].data])) as Grads;
};

/**
 * The learner's gradients for a neuron. The learner is handed plain records { data, grad } (the engine's
 * numbers, copied): no backward(), no ops, no prototype that leads back to the engine, so the gradients can
 * only come from the learner's own chain rule. They are read from the records handed over, even if the
 * learner puts other objects in `v`.
 */
function byHand(setGradients: Learner['setGradients'], leaves: Leaves): Grads {
  const data = dataOf(leaves);
  const records = Object.fromEntries(NAMES.map((name) => [name, { data: data[name], grad: 0 }])) as Record<Name, { data: number; grad: number }>;
  setGradients({ ...records });
  return Object.fromEntries(NAMES.map((name) => [name, records[name].grad])) as Grads;
}

/** The same gradients from the engine's backward(): what the learner's must equal. */
function byEngine(leaves: Leaves): Grads {
  const v = build(leaves);
  v.o.backward();
  return Object.fromEntries(NAMES.map((name) => [name, v[name].grad])) as Grads;
}

const LECTURE: Leaves = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];
const lecture = byEngine(LECTURE);
const lectureData = dataOf(LECTURE);

const TOLERANCE = 1e-9;
const off = (got: unknown, want: number) => typeof got !== 'number' || Number.isNaN(got) || Math.abs(got - want) > TOLERANCE * Math.max(1, Math.abs(want));
const close = (got: unknown, want: number) => !off(got, want);
const pick = (grads: Grads, ...names: Name[]) => Object.fromEntries(names.map((n) => [n, grads[n]]));

/** For the diagnoses below: each product input's other input, and the value each value feeds into (its upstream). */
const OTHER: Partial<Record<Name, Name>> = { x1: 'w1', w1: 'x1', x2: 'w2', w2: 'x2' };
const UPSTREAM: Partial<Record<Name, Name>> = { n: 'o', x1w1x2w2: 'n', b: 'n', x1w1: 'x1w1x2w2', x2w2: 'x1w1x2w2', x1: 'x1w1', w1: 'x1w1', x2: 'x2w2', w2: 'x2w2' };

/**
 * The first gradient that is off (from o back, so the first mistake, not what follows from it), in a
 * sentence, with the likely mistake where the number that came back shows it.
 */
function firstWrong(got: Observation, expected: Record<string, number>, data: Grads, upstreams: Partial<Grads> = {}): string | undefined {
  const g = { ...upstreams, ...((got ?? {}) as object) } as Record<string, unknown>;
  const name = NAMES.find((k) => k in expected && off(g[k], expected[k]));
  if (name === undefined) return undefined;
  const have = g[name];
  const want = expected[name];
  const [shownGot, shownWant] = typeof have === 'number' ? showPair(have, want) : [show(have as Observation), show(want)];
  let why = '';
  const up = UPSTREAM[name];
  const upstream = up && typeof g[up] === 'number' ? (g[up] as number) : undefined;
  if (name === 'n' && close(have, 1 - data.n ** 2)) why = ' — that is 1 - n²: the derivative of tanh is 1 - o², with o = tanh(n) the output (o.data)';
  else if (OTHER[name] && close(have, data[OTHER[name]]) && !close(upstream, 1)) why = ` — that is ${OTHER[name]}.data alone, the local derivative: multiply it by the upstream gradient ${up}.grad`;
  else if (OTHER[name] && upstream !== undefined && close(have, data[name] * upstream) && !close(data[name], data[OTHER[name]])) why = ` — that is ${name}'s own data × ${up}.grad: a * gives each input the other input's data (${OTHER[name]}.data) × upstream`;
  else if (up && up !== 'o' && !OTHER[name] && close(have, 1) && !close(want, 1)) why = ` — a + passes on its upstream gradient (${up}.grad), which is not 1 here`;
  return `${name}.grad should be ${shownWant}; got ${shownGot}${why}.`;
}

/** A hint for the check's part of the chain, unless the message already names the mistake. */
const orHint = (wrong: string | undefined, hint: string) => wrong && (wrong.includes(' — ') ? wrong : `${wrong} ${hint}`);

const leafWords = ([x1, x2, w1, w2, b]: Leaves) => `x1 = ${x1}, x2 = ${x2}, w1 = ${w1}, w2 = ${w2}, b = ${b}`;

/** The case as code: the neuron as plain records, as the starter's try-it code builds it. */
function neuronCode(leaves: Leaves): string {
  const want = byEngine(leaves);
  return [
    'const record = (data: number) => ({ data, grad: 0 });',
    `const [x1, x2, w1, w2, b] = [${leaves.join(', ')}].map(record);`,
    'const x1w1 = record(x1.data * w1.data), x2w2 = record(x2.data * w2.data);',
    'const x1w1x2w2 = record(x1w1.data + x2w2.data), n = record(x1w1x2w2.data + b.data), o = record(Math.tanh(n.data));',
    'setGradients({ x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o });',
    `console.log(${NAMES.map((k) => `${k}.grad`).join(', ')});`,
    `// should be ${NAMES.map((k) => show(want[k])).join(', ')}`,
  ].join('\n');
}

/**
 * Leaves for the hidden neurons: 0 (so a product's gradient is 0 on one side), negatives, fractions, and
 * large numbers, where tanh saturates (o = ±1, so every gradient is 0 or nearly).
 */
const neurons: fc.Arbitrary<Leaves> = fc.tuple(readableNumber(2), readableNumber(2), readableNumber(2), readableNumber(2), readableNumber(3));

export default defineChecks<Learner>([
  // The lecture's numbers first, one part of the chain at a time: they teach.
  {
    name: 'o.grad is 1',
    observe: ({ setGradients }) => byHand(setGradients, LECTURE).o,
    expected: 1,
  },
  {
    name: 'n.grad is 1 - o² times o.grad',
    observe: ({ setGradients }) => byHand(setGradients, LECTURE).n,
    expected: lecture.n,
    message: (got) =>
      `n.grad should be ${show(lecture.n)} (1 - o², with o = o.data = ${show(lectureData.o)}); got ${show(got)}${
        close(got, 1 - lectureData.n ** 2) ? ' — that is 1 - n²: the derivative uses the output o = tanh(n), not the input n' : ''
      }.`,
  },
  {
    name: 'the + nodes pass the gradient on: x1w1x2w2.grad, b.grad, x1w1.grad and x2w2.grad',
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x1w1x2w2', 'b', 'x1w1', 'x2w2'),
    expected: pick(lecture, 'x1w1x2w2', 'b', 'x1w1', 'x2w2'),
    message: (got) => orHint(firstWrong(got, pick(lecture, 'x1w1x2w2', 'b', 'x1w1', 'x2w2'), lectureData, lecture), 'A + passes its upstream gradient to each input unchanged.'),
  },
  {
    name: "x1.grad and w1.grad: each is the other input's data times the upstream gradient",
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x1', 'w1'),
    expected: pick(lecture, 'x1', 'w1'),
    message: (got) => orHint(firstWrong(got, pick(lecture, 'x1', 'w1'), lectureData, lecture), "Local derivative (the other input's data) × upstream (x1w1.grad)."),
  },
  {
    name: 'x2.grad and w2.grad (w2.grad is 0, since x2 is 0)',
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x2', 'w2'),
    expected: pick(lecture, 'x2', 'w2'),
    message: (got) => firstWrong(got, pick(lecture, 'x2', 'w2'), lectureData, lecture),
  },
  hidden({
    name: 'every gradient is right on neurons with other numbers: 0, negatives, fractions, a saturated tanh',
    cases: neurons,
    observe: ({ setGradients }, leaves) => byHand(setGradients, leaves),
    expected: (leaves) => byEngine(leaves),
    code: neuronCode,
    message: (got, expected, leaves) => {
      const wrong = firstWrong(got, expected as Grads, dataOf(leaves));
      const typedIn = NAMES.every((k) => close((got as Record<string, unknown>)?.[k], lecture[k]));
      return (
        wrong &&
        `with ${leafWords(leaves)} (so n = ${show(dataOf(leaves).n)}, o = ${show(dataOf(leaves).o)}), ${wrong}${
          typedIn ? " These are the lecture's gradients: compute each from the values' data, don't type them in." : ''
        }`
      );
    },
  }),
]);
