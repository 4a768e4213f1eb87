import { Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

const NAMES = ['x1', 'x2', 'w1', 'w2', 'b', 'x1w1', 'x2w2', 'x1w1x2w2', 'n', 'o'] as const;
type Grads = Record<(typeof NAMES)[number], number>;

/** The neuron with these leaves, built by the engine; backward() is taken away, so it must be done by hand. */
function build([x1d, x2d, w1d, w2d, bd]: number[]) {
  const [x1, x2, w1, w2, b] = [x1d, x2d, w1d, w2d, bd].map((x) => new Value(x));
  const x1w1 = x1.mul(w1);
  const x2w2 = x2.mul(w2);
  const x1w1x2w2 = x1w1.add(x2w2);
  const n = x1w1x2w2.add(b);
  const o = n.tanh();
  return { x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o };
}

const LECTURE = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];
const OTHER = [1.0, -2.0, 0.5, -1.5, 0.3];

/** The learner's gradients for a neuron, with backward() unavailable. */
function byHand(setGradients: (v: ReturnType<typeof build>) => void, leaves: number[]): Grads {
  const v = build(leaves);
  for (const name of NAMES) {
    v[name].backward = () => {
      throw new Error('backward() is not allowed here: set each grad by hand');
    };
  }
  setGradients(v);
  return Object.fromEntries(NAMES.map((name) => [name, v[name].grad])) as Grads;
}

/** The same gradients from the engine's backward(): what the learner's must equal. */
function byEngine(leaves: number[]): Grads {
  const v = build(leaves);
  v.o.backward();
  return Object.fromEntries(NAMES.map((name) => [name, v[name].grad])) as Grads;
}

const lecture = byEngine(LECTURE);
const pick = (grads: Grads, ...names: Array<keyof Grads>) => Object.fromEntries(names.map((n) => [n, grads[n]]));
const mismatch = (got: unknown, expected: unknown) => {
  const g = got as Record<string, number>;
  const e = expected as Record<string, number>;
  const name = Object.keys(e).find((k) => Math.abs(g[k] - e[k]) > 1e-9) ?? Object.keys(e)[0];
  return `${name}.grad should be ${show(Number(e[name].toFixed(6)))}; got ${show(g[name])}`;
};

export default defineChecks<typeof Solution>([
  {
    name: 'o.grad is 1',
    observe: ({ setGradients }) => byHand(setGradients, LECTURE).o,
    expected: 1,
  },
  {
    name: 'n.grad is 1 - o² times o.grad',
    observe: ({ setGradients }) => byHand(setGradients, LECTURE).n,
    expected: lecture.n,
    message: (got) => `n.grad should be 0.5 (1 - o², with o = ${lecture.o.toFixed(4)}); got ${show(got)} — is it 1 - o² with o = tanh(n), not 1 - n²?`,
  },
  {
    name: 'the + nodes pass the gradient on: x1w1x2w2.grad, b.grad, x1w1.grad and x2w2.grad',
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x1w1x2w2', 'b', 'x1w1', 'x2w2'),
    expected: pick(lecture, 'x1w1x2w2', 'b', 'x1w1', 'x2w2'),
    message: (got, expected) => `${mismatch(got, expected)} — a + passes its upstream gradient to each input unchanged.`,
  },
  {
    name: "x1.grad and w1.grad: each is the other input's data times the upstream gradient",
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x1', 'w1'),
    expected: pick(lecture, 'x1', 'w1'),
    message: (got, expected) => `${mismatch(got, expected)} — local derivative (the other input) × upstream (x1w1.grad).`,
  },
  {
    name: 'x2.grad and w2.grad (w2.grad is 0, since x2 is 0)',
    observe: ({ setGradients }) => pick(byHand(setGradients, LECTURE), 'x2', 'w2'),
    expected: pick(lecture, 'x2', 'w2'),
    message: (got, expected) => `${mismatch(got, expected)}.`,
  },
  {
    name: 'a neuron with other numbers gets its gradients too',
    observe: ({ setGradients }) => byHand(setGradients, OTHER),
    expected: byEngine(OTHER),
    message: (got, expected) => `${mismatch(got, expected)} for x1=1, x2=-2, w1=0.5, w2=-1.5, b=0.3 — are the gradients computed from the values' data, not typed in?`,
  },
]);
