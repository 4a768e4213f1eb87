import { engineRun, programCode, programMismatch, programs, runProgram, type ValueClass } from '../../../src/checks/cases/expression-graphs.ts';
import { backward } from '../../../src/sandbox/course-helpers.ts';
import { firstProblem, structureReport } from '../../../src/checks/cases/structure.ts';
import { defineChecks, hiddenCases } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();
const graphs = programs({ ops: ['add', 'mul'], maxSteps: 6 });
const asClass = (Value: Learner['Value']) => Value as unknown as ValueClass;

export default defineChecks<Learner>([
  // The lesson's own numbers first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'a.mul(b).data is the product: 2 × -3 = -6',
    observe: ({ Value }) => new Value(2).mul(new Value(-3)).data,
    expected: -6,
  },
  {
    name: 'c = a.mul(b); backward(c) gives a.grad = b and b.grad = a',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      backward(a.mul(b));
      return [a.grad, b.grad];
    },
    expected: [-3, 2],
    message: (got) => {
      const [ga, gb] = got as number[];
      if (ga === 0 && gb === 0) return 'a.grad and b.grad are still 0: does mul set out.backwardStep?';
      if (ga === 2 && gb === -3) return 'a.grad is 2 and b.grad is -3: each input got its own data — the local derivative of a·b by a is b.';
      if (ga !== -3) return `a.grad should be -3 (b's data); got ${show(ga)}.`;
      return `b.grad should be 2 (a's data); got ${show(gb)}.`;
    },
  },
  {
    name: 'a plain number works: new Value(2).mul(3).data is 6',
    observe: ({ Value }) => new Value(2).mul(3).data,
    expected: 6,
    message: (got) =>
      Number.isNaN(got)
        ? 'new Value(2).mul(3).data should be 6; got NaN — is a plain number wrapped in a Value before use?'
        : `new Value(2).mul(3).data should be 6; got ${show(got)}.`,
  },
  hidden({
    name: 'mul makes a new Value that remembers its two inputs and the op "*"',
    cases: graphs,
    observe: ({ Value }, program) => structureReport(program, asClass(Value), { mul: '*' }),
    expected: (program) => program.steps.map(() => 'ok'),
    code: (program) => programCode(program, { backward: false }),
    message: (got) => firstProblem(got) && `${firstProblem(got)}.`,
  }),
  hidden({
    name: 'every value and gradient is right on graphs of add and mul: values used twice, mul in the middle, numbers as operands',
    cases: graphs,
    observe: ({ Value }, program) => runProgram(program, asClass(Value), { backward: 'helper' }),
    expected: (program) => engineRun(program),
    // Sums and products of the same numbers in the same order are exact alike; 1e-12 leaves room for a
    // different order of adding (this.grad += b·g vs g·b is exact), and none for a derivative estimated
    // numerically.
    tolerance: 1e-12,
    code: (program) => programCode(program, { backward: 'helper' }),
    message: (got, expected) => programMismatch(got, expected, 1e-12),
  }),
]);
