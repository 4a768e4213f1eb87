import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

export default defineChecks<typeof Solution>([
  {
    name: 'pow computes the power: new Value(2).pow(3).data is 8',
    observe: ({ Value }) => new Value(2).pow(3).data,
    expected: 8,
  },
  {
    name: "pow's backward: d(x³)/dx at x = 2 is 12",
    observe: ({ Value }) => {
      const x = new Value(2);
      x.pow(3).backward();
      return x.grad;
    },
    expected: 12,
    message: (got) => `x.grad should be 12 (3·2²); got ${show(got)}${got === 4 ? ' — is the factor k there? d(xᵏ)/dx = k·xᵏ⁻¹' : '.'}`,
  },
  {
    name: 'pow works for negative and fractional exponents: x⁻¹ and x^0.5 at 4',
    observe: ({ Value }) => {
      const x = new Value(4);
      const y = new Value(4);
      x.pow(-1).backward();
      y.pow(0.5).backward();
      return [x.grad, y.grad];
    },
    expected: [-1 / 16, 0.25],
  },
  {
    name: 'neg: new Value(3).neg() is -3, with gradient -1',
    observe: ({ Value }) => {
      const a = new Value(3);
      const b = a.neg();
      b.backward();
      return [b.data, a.grad];
    },
    expected: [-3, -1],
  },
  {
    name: 'a.sub(b) is a - b: 6 - 3 = 3',
    observe: ({ Value }) => new Value(6).sub(new Value(3)).data,
    expected: 3,
  },
  {
    name: 'a.div(b) is a / b: 6 / 3 = 2',
    observe: ({ Value }) => new Value(6).div(new Value(3)).data,
    expected: 2,
  },
  {
    name: 'the gradients of a - b and a / b: (1, -1) and (1/b, -a/b²)',
    observe: ({ Value }) => {
      const [a, b, c, d] = [6, 3, 6, 3].map((x) => new Value(x));
      a.sub(b).backward();
      c.div(d).backward();
      return [a.grad, b.grad, c.grad, d.grad];
    },
    expected: [1, -1, 1 / 3, -6 / 9],
  },
  {
    name: 'plain numbers work on the right: a.sub(1) and a.div(2)',
    observe: ({ Value }) => [new Value(6).sub(1).data, new Value(6).div(2).data],
    expected: [5, 3],
  },
]);
