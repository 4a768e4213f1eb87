import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

export default defineChecks<typeof Solution>([
  {
    name: 'a.mul(b).data is the product: 2 × -3 = -6',
    observe: ({ Value }) => new Value(2).mul(new Value(-3)).data,
    expected: -6,
  },
  {
    name: "mul remembers its inputs and its op: prev is [a, b] and op is '*'",
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      const c = a.mul(b);
      return { inputs: c.prev.length === 2 && c.prev[0] === a && c.prev[1] === b, op: c.op };
    },
    expected: { inputs: true, op: '*' },
    message: (got) => {
      const { inputs, op } = got as { inputs: boolean; op: string };
      if (!inputs) return 'c.prev should be [a, b], the two values c was made from, in that order.';
      return `c.op should be '*'; got ${show(op)}.`;
    },
  },
  {
    name: 'a plain number works: new Value(2).mul(3).data is 6',
    observe: ({ Value }) => new Value(2).mul(3).data,
    expected: 6,
    message: (got) => `new Value(2).mul(3).data should be 6; got ${show(got)} — is a plain number wrapped in a Value before use?`,
  },
  {
    name: 'c = a.mul(b); c.backward() gives a.grad = b and b.grad = a',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      a.mul(b).backward();
      return [a.grad, b.grad];
    },
    expected: [-3, 2],
    message: (got) => {
      const [ga, gb] = got as number[];
      if (ga === 0 && gb === 0) return "a.grad and b.grad are still 0: does mul set out.backwardStep?";
      if (ga !== -3) return `a.grad should be -3 (b's data); got ${show(ga)}.`;
      return `b.grad should be 2 (a's data); got ${show(gb)}.`;
    },
  },
  {
    name: 'the upstream gradient flows through: (a·b)·4 gives a.grad = 4b',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      a.mul(b).mul(4).backward();
      return a.grad;
    },
    expected: -12,
    message: (got) => `a.grad should be -12 (local derivative -3 × upstream 4); got ${show(got)} — is the local derivative multiplied by out.grad?`,
  },
  {
    name: 'a value used twice gets both contributions: a.mul(a) with a = 3 gives a.grad = 6',
    observe: ({ Value }) => {
      const a = new Value(3);
      a.mul(a).backward();
      return a.grad;
    },
    expected: 6,
    message: (got) =>
      got === 3
        ? 'a.grad should be 6 after b = a.mul(a) with a = 3; got 3 — are you assigning (=) instead of adding (+=)?'
        : `a.grad should be 6 after b = a.mul(a) with a = 3; got ${show(got)}.`,
  },
]);
