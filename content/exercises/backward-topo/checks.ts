import { Value as EngineValue } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type LearnerValue = InstanceType<Learner['Value']>;

/** The lecture's neuron, built with whichever Value class is given. */
function seedNeuron<V extends { mul(o: V): V; add(o: V): V; tanh(): V; backward(): void; grad: number }>(
  make: (x: number) => V,
) {
  const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map(make);
  const o = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
  o.backward();
  return { x1: x1.grad, w1: w1.grad, x2: x2.grad, w2: w2.grad, b: b.grad };
}

export default defineChecks<Learner>([
  {
    name: "backward() sets the root's gradient to 1",
    observe: ({ Value }) => {
      const a = new Value(5);
      const b = a.mul(2);
      b.backward();
      return b.grad;
    },
    expected: 1,
  },
  {
    name: "the lecture's neuron gets the gradients the lecture shows",
    observe: ({ Value }) => seedNeuron((x) => new Value(x)),
    // Computed by the course's engine, on the page.
    expected: seedNeuron((x) => new EngineValue(x)),
    tolerance: 1e-6,
    message: (got, expected) => {
      const g = got as Record<string, number>;
      const e = expected as Record<string, number>;
      const wrong = Object.keys(e).find((k) => Math.abs(g[k] - e[k]) > 1e-6)!;
      return `${wrong}.grad should be ${show(Number(e[wrong].toFixed(4)))}; got ${show(g[wrong])}. All: ${show(got)} — is each value's step run only after everything that uses it (the reverse of the order)?`;
    },
  },
  {
    name: 'a value reached twice is visited once: b = a + a gives a.grad = 2',
    observe: ({ Value }) => {
      const a = new Value(3);
      a.add(a).backward();
      return a.grad;
    },
    expected: 2,
    message: (got) => `a.grad should be 2 after b = a + a; got ${show(got)}${(got as number) > 2 ? ' — are values visited more than once?' : '.'}`,
  },
  {
    name: 'a shared middle value passes on its whole gradient once: e = d + d with d = a·b',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      const d = a.mul(b);
      d.add(d).backward();
      return [a.grad, b.grad];
    },
    expected: [-6, 4],
    message: (got) => `a.grad and b.grad should be [-6, 4]; got ${show(got)} — are values visited more than once?`,
  },
  {
    name: 'a chain of 100,000 values works (no stack overflow)',
    observe: ({ Value }) => {
      const x: LearnerValue = new Value(1);
      let y = x;
      for (let i = 0; i < 100_000; i++) y = y.add(1);
      y.backward();
      return x.grad;
    },
    expected: 1,
  },
]);
