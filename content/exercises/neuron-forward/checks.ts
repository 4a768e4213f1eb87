import { Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const W = [0.5, -0.25];
const B = 0.1;
const X = [2.0, 3.0];

/** A learner's Neuron with known weights. */
function neuron(Neuron: Learner['Neuron']) {
  const n = new Neuron(2);
  n.w.forEach((w, i) => (w.data = W[i]));
  n.b.data = B;
  return n;
}

const reference = new Value(B).add(new Value(W[0]).mul(X[0])).add(new Value(W[1]).mul(X[1]));

export default defineChecks<Learner>([
  {
    name: 'a Neuron(3) has 3 weights and a bias, all Values in [-1, 1)',
    observe: ({ Neuron }) => {
      const n = new Neuron(3);
      const all = [...n.w, n.b];
      return { weights: n.w.length, inRange: all.every((p) => p instanceof Value && p.data >= -1 && p.data < 1) };
    },
    expected: { weights: 3, inRange: true },
  },
  {
    name: 'the weights are random, not all the same',
    observe: ({ Neuron }) => new Set(new Neuron(5).w.map((w) => w.data)).size > 1,
    expected: true,
  },
  {
    name: 'forward is tanh(w · x + b)',
    observe: ({ Neuron }) => neuron(Neuron).forward(X).data,
    expected: reference.tanh().data,
    message: (got) => {
      const g = got as number;
      if (Math.abs(g - Math.tanh(W[0] * X[0] + W[1] * X[1])) < 1e-9) return `expected ${show(reference.tanh().data)}, got ${show(g)} — is the bias added?`;
      if (Math.abs(g - reference.data) < 1e-9) return `expected ${show(reference.tanh().data)}, got ${show(g)}, which is w · x + b — is the result squashed with tanh?`;
      return `expected ${show(reference.tanh().data)}, got ${show(g)}.`;
    },
  },
  {
    name: 'backward from the output reaches every weight and the bias',
    observe: ({ Neuron }) => {
      const n = neuron(Neuron);
      n.forward(X).backward();
      return [...n.w, n.b].map((p) => p.grad);
    },
    expected: (() => {
      const t = reference.tanh().data;
      const d = 1 - t * t;
      return [d * X[0], d * X[1], d];
    })(),
  },
  {
    name: 'parameters() returns the weights and the bias themselves',
    observe: ({ Neuron }) => {
      const n = neuron(Neuron);
      const ps = n.parameters();
      return ps.length === 3 && ps[0] === n.w[0] && ps[1] === n.w[1] && ps[2] === n.b;
    },
    expected: true,
    message: () => 'parameters() should return [...w, b]: the same Value objects, so that an update to them changes the neuron.',
  },
]);
