import { trace, Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

const LABELS = ['x1', 'x2', 'w1', 'w2', 'b', 'x1*w1', 'x2*w2', 'x1*w1 + x2*w2', 'n', 'o'];
const O = new Value(2.0).mul(-3.0).add(new Value(0.0).mul(1.0)).add(6.8813735870195432).tanh().data;

export default defineChecks<typeof Solution>([
  {
    name: 'o is a Value made by tanh',
    observe: ({ o }) => (o instanceof Value ? o.op : `not a Value: ${typeof o}`),
    expected: 'tanh',
  },
  {
    name: "o is the lecture's output, 0.7071067811865476",
    observe: ({ o }) => o.data,
    expected: O,
    message: (got) => `o.data should be ${O}; got ${show(got)}${typeof got === 'number' && got > O ? " — is the bias the lecture's 6.8813735870195432?" : '.'}`,
  },
  {
    name: "the graph has the lecture's ten values",
    observe: ({ o }) => trace(o).nodes.length,
    expected: 10,
    message: (got) => `trace(o) should find 10 values (5 leaves, 2 products, 2 sums, tanh); got ${show(got)}.`,
  },
  {
    name: "every value carries the lecture's label",
    observe: ({ o }) => trace(o).nodes.map((v) => v.label).sort(),
    expected: [...LABELS].sort(),
    message: (got) => `missing: ${LABELS.filter((l) => !(got as string[]).includes(l)).join(', ') || 'none'}; found ${show(got)}.`,
  },
  {
    name: 'n is the sum of x1*w1 + x2*w2 and b, in that order',
    observe: ({ o }) => {
      const n = o.prev[0];
      return [n?.label, n?.op, n?.prev.map((v) => v.label).join(' | ')].join(' ; ');
    },
    expected: 'n ; + ; x1*w1 + x2*w2 | b',
  },
]);
