import { Value as EngineValue } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

const tanhHalf = new EngineValue(0.5).tanh().data;

export default defineChecks<typeof Solution>([
  {
    name: 'tanh computes tanh: new Value(0.5).tanh().data',
    observe: ({ Value }) => new Value(0.5).tanh().data,
    expected: tanhHalf,
  },
  {
    name: "tanh's backward: d tanh(x)/dx at x = 0.5 is 1 - tanh(0.5)²",
    observe: ({ Value }) => {
      const x = new Value(0.5);
      x.tanh().backward();
      return x.grad;
    },
    expected: 1 - tanhHalf * tanhHalf,
    message: (got) =>
      `x.grad should be ${(1 - tanhHalf * tanhHalf).toFixed(6)}; got ${show(got)}${Math.abs((got as number) - 0.75) < 1e-9 ? ' — the derivative is 1 - tanh(x)², not 1 - x²' : '.'}`,
  },
  {
    name: 'tanh stays exact for large inputs: tanh(1000) is 1 and tanh(-1000) is -1',
    observe: ({ Value }) => [new Value(1000).tanh().data, new Value(-1000).tanh().data],
    expected: [1, -1],
    tolerance: 0,
    message: (got) => `expected [1, -1], got ${show(got)} — (e²ˣ − 1)/(e²ˣ + 1) overflows for large x; Math.tanh does not.`,
  },
  {
    name: 'exp computes eˣ: new Value(1).exp().data is e',
    observe: ({ Value }) => new Value(1).exp().data,
    expected: Math.E,
  },
  {
    name: "exp's backward: d eˣ/dx at x = 2 is e²",
    observe: ({ Value }) => {
      const x = new Value(2);
      x.exp().backward();
      return x.grad;
    },
    expected: Math.exp(2),
    message: (got) => `x.grad should be e² ≈ 7.389056; got ${show(got)} — the local derivative of eˣ is eˣ, the output itself.`,
  },
  {
    name: 'together: d/dx tanh(eˣ) at x = 0 is e⁰·(1 - tanh(1)²)',
    observe: ({ Value }) => {
      const x = new Value(0);
      x.exp().tanh().backward();
      return x.grad;
    },
    expected: 1 - new EngineValue(1).tanh().data ** 2,
  },
]);
