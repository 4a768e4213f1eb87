import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

export default defineChecks<typeof Solution>([
  {
    name: 'b = a + a gives a.grad = 2',
    observe: ({ Value }) => {
      const a = new Value(3);
      a.add(a).backward();
      return a.grad;
    },
    expected: 2,
    message: (got) => `a.grad should be 2 after b = a + a; got ${show(got)}${got === 1 ? ' — are you assigning (=) instead of adding (+=)?' : '.'}`,
  },
  {
    name: 'a + b with two different values gives each a gradient of 1',
    observe: ({ Value }) => {
      const a = new Value(3);
      const b = new Value(4);
      a.add(b).backward();
      return [a.grad, b.grad];
    },
    expected: [1, 1],
    message: (got) => `a.grad and b.grad should both be 1 after c = a + b; got ${show(got)}.`,
  },
  {
    name: 'b = a.mul(a) gives a.grad = 2a',
    observe: ({ Value }) => {
      const a = new Value(3);
      a.mul(a).backward();
      return a.grad;
    },
    expected: 6,
    message: (got) => `a.grad should be 6 after b = a.mul(a) with a = 3; got ${show(got)}${got === 3 ? ' — is mul still assigning?' : '.'}`,
  },
  {
    name: 'a value used in two places further apart: e = a·b + a gives a.grad = b + 1',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      a.mul(b).add(a).backward();
      return [a.grad, b.grad];
    },
    expected: [-2, 2],
    message: (got) => `[a.grad, b.grad] should be [-2, 2] after e = a·b + a with a = 2, b = -3; got ${show(got)}.`,
  },
]);
