import { Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

/** The lecture's neuron as a function of its five leaves, with the engine's Value. */
const neuron = ([x1, x2, w1, w2, b]: number[]) => new Value(x1).mul(w1).add(new Value(x2).mul(w2)).add(b).tanh().data;
const LECTURE = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432];

function autograd(leaves: number[]): number[] {
  const vs = leaves.map((x) => new Value(x));
  vs[0].mul(vs[2]).add(vs[1].mul(vs[3])).add(vs[4]).tanh().backward();
  return vs.map((v) => v.grad);
}

export default defineChecks<typeof Solution>([
  {
    name: 'f(x) = x² at x = 3 has derivative 6',
    observe: ({ numericalGradient }) => numericalGradient(([x]) => x * x, [3]),
    expected: [6],
    tolerance: 1e-6,
  },
  {
    name: 'the estimate for a function of two inputs: f(x, y) = x²y at (3, 2) gives (12, 9)',
    observe: ({ numericalGradient }) => numericalGradient(([x, y]) => x * x * y, [3, 2]),
    expected: [12, 9],
    tolerance: 1e-6,
  },
  {
    name: 'it uses the central difference: f(x) = x³ at 1 with h = 0.001 gives 3.000001',
    observe: ({ numericalGradient }) => numericalGradient(([x]) => x ** 3, [1], 1e-3),
    // (1.001³ - 0.999³) / 0.002 = 3 + h² = 3.000001; the one-sided difference gives 3.003001.
    expected: [3.000001],
    tolerance: 1e-9,
    message: (got) =>
      `expected [3.000001], got ${show(got)}${Math.abs((got as number[])[0] - 3.003001) < 1e-6 ? ' — that is the one-sided difference (f(x + h) - f(x)) / h; use (f(x + h) - f(x - h)) / 2h' : ''}.`,
  },
  {
    name: 'it leaves xs as it found it',
    observe: ({ numericalGradient }) => {
      const xs = [3, 2];
      numericalGradient(([x, y]) => x * y, xs);
      return xs;
    },
    expected: [3, 2],
    tolerance: 0,
  },
  {
    name: "it agrees with autograd on the lecture's neuron (to 1e-6)",
    observe: ({ numericalGradient }) => numericalGradient(neuron, LECTURE),
    expected: autograd(LECTURE),
    tolerance: 1e-6,
  },
]);
