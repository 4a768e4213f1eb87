import { defineChecks } from '../../../src/checks/define.ts';
import type * as Solution from './solution.ts';

export default defineChecks<typeof Solution>([
  {
    name: 'a Value keeps its data: new Value(2).data is 2',
    observe: ({ Value }) => new Value(2).data,
    expected: 2,
  },
  {
    name: 'a Value keeps the label it is given',
    observe: ({ Value }) => new Value(2, [], '', 'a').label,
    expected: 'a',
  },
  {
    name: 'a.add(b) is the sum and remembers the op +',
    observe: ({ Value }) => {
      const c = new Value(2).add(new Value(-3));
      return { data: c.data, op: c.op };
    },
    expected: { data: -1, op: '+' },
  },
  {
    name: 'c = a.mul(b) is the product and remembers the op *',
    observe: ({ Value }) => {
      const c = new Value(2).mul(new Value(-3));
      return { data: c.data, op: c.op };
    },
    expected: { data: -6, op: '*' },
  },
  {
    name: 'c = a.mul(b) remembers a and b as its children (prev), in that order',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      const c = a.mul(b);
      return c.prev.length === 2 && c.prev[0] === a && c.prev[1] === b;
    },
    expected: true,
    message: () => 'c.prev should be [a, b]: the Values themselves, so that the graph can be followed back to them.',
  },
  {
    name: 'a leaf has no children and no op',
    observe: ({ Value }) => {
      const a = new Value(2);
      return { children: a.prev.length, op: a.op };
    },
    expected: { children: 0, op: '' },
  },
]);
