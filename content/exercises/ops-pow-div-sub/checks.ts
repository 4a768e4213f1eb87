import fc from 'fast-check';
import {
  engineRun,
  programCode,
  programMismatch,
  programs,
  readableNumber,
  runProgram,
  type Program,
  type ValueClass,
} from '../../../src/checks/cases/expression-graphs.ts';
import { backward } from '../../../src/sandbox/course-helpers.ts';
import { firstProblem, structureReport } from '../../../src/checks/cases/structure.ts';
import { defineChecks, hiddenCases } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();
const asClass = (Value: Learner['Value']) => Value as unknown as ValueClass;

/**
 * Exponents beyond the lesson's 3, -1 and 0.5, so that no table of derivatives passes: 0 and 1 (xᵏ⁻¹ is
 * x⁻¹ and x⁰), negatives, fractions, larger powers.
 */
const EXPONENTS = [2, 3, 4, 0, 1, -1, -2, -3, 0.5, -0.5, 1.5, 2.5, 1 / 3];
const exponent = fc.constantFrom(...EXPONENTS);

/** Every value and gradient the engine computes is a finite number below 1e6 (as `programs` promises). */
const wellBehaved = (program: Program) => {
  const { data, grad } = engineRun(program);
  return [...data, ...grad].every((x) => Number.isFinite(x) && Math.abs(x) < 1e6);
};

/** `programs`, with pow's exponents drawn from EXPONENTS instead of the shared list. */
const graphs = fc
  .tuple(programs({ ops: ['add', 'mul', 'pow', 'neg', 'sub', 'div'], maxSteps: 6 }), fc.array(exponent, { minLength: 6, maxLength: 6 }))
  .map(([program, ks]): Program => ({ ...program, steps: program.steps.map((s, i) => (s.op === 'pow' ? { ...s, k: ks[i] } : s)) }))
  .filter(wellBehaved);

/**
 * One power in the middle of a graph: a = x, b = m, c = a.pow(k), d = c.mul(b), so that c's upstream
 * gradient is m, not 1. Bases 0 and negative come often: base 0 in about one case in five, where a derivative
 * written as k·out.data/x is 0/0 (in one in twenty, some draws of a hundred cases had no base 0 with a power
 * that has a derivative there). A fractional power of a negative base, or a negative power of 0, is left out
 * (the engine's answer is NaN or Infinity: there is no right answer).
 */
const powers = fc
  .record({ x: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: readableNumber() }), k: exponent, m: readableNumber() })
  .map(({ x, k, m }): Program => ({
    leaves: [x, m],
    steps: [
      { op: 'pow', a: 0, b: null, k },
      { op: 'mul', a: 2, b: 1, k: null },
    ],
  }))
  .filter(wellBehaved);

/** What the power case's x.grad comes to with a mistake the observation can show. */
function powMistake(got: unknown, program: Program): string | undefined {
  const g = got as { grad?: unknown[] } | null;
  const have = Array.isArray(g?.grad) ? g.grad[0] : undefined;
  if (typeof have !== 'number') return undefined;
  const [x, m] = program.leaves;
  const k = program.steps[0].k!;
  const near = (y: number) => Number.isFinite(y) && same(have, y, 1e-9);
  if (Number.isNaN(have) && x === 0) return ' — at x = 0, a derivative written as k·out.data/x is 0/0: write it as k·xᵏ⁻¹.';
  if (k !== 1 && near(x ** (k - 1) * m)) return ' — is the factor k there? d(xᵏ)/dx = k·xᵏ⁻¹.';
  if (m !== 1 && near(k * x ** (k - 1))) return " — is the local derivative multiplied by out.grad? Here pow's output is used by a mul, so out.grad is not 1.";
  return undefined;
}

export default defineChecks<Learner>([
  // The lesson's own numbers first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'pow computes the power: new Value(2).pow(3).data is 8',
    observe: ({ Value }) => new Value(2).pow(3).data,
    expected: 8,
  },
  {
    name: "pow's backward: d(x³)/dx at x = 2 is 12",
    observe: ({ Value }) => {
      const x = new Value(2);
      backward(x.pow(3));
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
      const [p, q] = [x.pow(-1), y.pow(0.5)];
      backward(p);
      backward(q);
      return [p.data, x.grad, q.data, y.grad];
    },
    expected: [0.25, -1 / 16, 2, 0.25],
    message: (got) => {
      const [p, gx, q, gy] = got as number[];
      const off = (have: number, want: number) => !(Math.abs(have - want) <= 1e-9);
      if (off(p, 0.25)) return `new Value(4).pow(-1).data should be 0.25; got ${show(p)}.`;
      if (off(gx, -1 / 16)) return `d(x⁻¹)/dx at x = 4 should be -1·4⁻² = -0.0625; got ${show(gx)}.`;
      if (off(q, 2)) return `new Value(4).pow(0.5).data should be 2; got ${show(q)}.`;
      return `d(x^0.5)/dx at x = 4 should be 0.5·4^-0.5 = 0.25; got ${show(gy)}.`;
    },
  },
  {
    name: 'neg: new Value(3).neg() is -3, with gradient -1',
    observe: ({ Value }) => {
      const a = new Value(3);
      const b = a.neg();
      backward(b);
      return [b.data, a.grad];
    },
    expected: [-3, -1],
  },
  {
    name: 'a.sub(b) is a - b: 6 - 3 = 3',
    observe: ({ Value }) => new Value(6).sub(new Value(3)).data,
    expected: 3,
    message: (got) => `new Value(6).sub(new Value(3)).data should be 3; got ${show(got)}.`,
  },
  {
    name: 'a.div(b) is a / b: 6 / 3 = 2',
    observe: ({ Value }) => new Value(6).div(new Value(3)).data,
    expected: 2,
    message: (got) => `new Value(6).div(new Value(3)).data should be 2; got ${show(got)}.`,
  },
  {
    name: 'the gradients of a - b and a / b: (1, -1) and (1/b, -a/b²)',
    observe: ({ Value }) => {
      const [a, b, c, d] = [6, 3, 6, 3].map((x) => new Value(x));
      backward(a.sub(b));
      backward(c.div(d));
      return [a.grad, b.grad, c.grad, d.grad];
    },
    expected: [1, -1, 1 / 3, -6 / 9],
    message: (got) => {
      const names = ['a.grad (of a - b)', 'b.grad (of a - b)', 'a.grad (of a / b)', 'b.grad (of a / b)'];
      const want = [1, -1, 1 / 3, -6 / 9];
      const have = got as number[];
      const i = want.findIndex((w, j) => !(Math.abs(have[j] - w) <= 1e-9));
      if (i < 0) return undefined;
      const why = i === 3 && Math.abs(have[3] - -1 / 9) <= 1e-9 ? " — -1/9 is b⁻¹'s local derivative alone: is it multiplied by out.grad (here a = 6)?" : '.';
      return `With a = 6 and b = 3, ${names[i]} should be ${show(want[i])}; got ${show(have[i])}${why}`;
    },
  },
  {
    // What the prompt asks beyond the numbers: an own op for div, with a right derivative, passes every other
    // check (a learner's answer in the checks' audit did that).
    name: "neg, sub and div are made of mul, add and pow: every value they create is a '+', '*' or '**k'",
    observe: ({ Value }) => {
      type Made = InstanceType<typeof Value>;
      const made: Record<string, (a: Made, b: Made) => unknown> = {
        'a.neg()': (a) => a.neg(),
        'a.sub(b)': (a, b) => a.sub(b),
        'a.div(b)': (a, b) => a.div(b),
        'a.sub(2)': (a) => a.sub(2),
        'a.div(2)': (a) => a.div(2),
      };
      const foreign: string[] = [];
      for (const [call, make] of Object.entries(made)) {
        const a = new Value(6);
        const b = new Value(3);
        const seen = new Set<unknown>([a, b]);
        const stack: unknown[] = [make(a, b)];
        while (stack.length > 0 && seen.size < 1000) {
          const v = stack.pop() as { op?: unknown; prev?: unknown } | null;
          if (seen.has(v) || v === null || typeof v !== 'object') continue;
          seen.add(v);
          const prev: unknown[] = Array.isArray(v.prev) ? v.prev : [];
          // A value with no op is left to pow's own check when it has one input (pow that forgot its op).
          const own = v.op ? !(v.op === '+' || v.op === '*' || /^\*\*/.test(String(v.op))) : prev.length > 1;
          if (own) foreign.push(`${call} made a value with the op ${JSON.stringify(v.op)}`);
          stack.push(...prev);
        }
      }
      return foreign;
    },
    expected: [],
    message: (got) => {
      const [first] = got as string[];
      return first ? `${first}: write each one line out of mul, add and pow (a / b = a·b⁻¹), so that it needs no backward of its own.` : undefined;
    },
  },
  {
    name: 'plain numbers work on the right: a.sub(1) and a.div(2)',
    observe: ({ Value }) => [new Value(6).sub(1).data, new Value(6).div(2).data],
    expected: [5, 3],
  },
  hidden({
    name: "pow makes a new Value that remembers its input and the op '**k'",
    cases: graphs,
    observe: ({ Value }, program) => structureReport(program, asClass(Value), { pow: '**k' }),
    expected: (program) => program.steps.map(() => 'ok'),
    code: (program) => programCode(program, { backward: false }),
    message: (got) => firstProblem(got) && `${firstProblem(got)}.`,
  }),
  hidden({
    name: 'pow gives xᵏ and k·xᵏ⁻¹ for any base and exponent (0, negatives, fractions), with pow in the middle of a graph',
    cases: powers,
    observe: ({ Value }, program) => runProgram(program, asClass(Value), { backward: 'helper' }),
    expected: (program) => engineRun(program),
    code: (program) => programCode(program, { backward: 'helper' }),
    message: (got, expected, program) => {
      const problem = programMismatch(got, expected);
      const mistake = problem?.startsWith('a.grad') ? powMistake(got, program) : undefined;
      return mistake ? `${problem!.replace(/\.$/, '')}${mistake}` : problem;
    },
  }),
  hidden({
    name: 'every value and gradient is right on graphs of pow, neg, sub, div, add and mul: values used twice, plain numbers as operands',
    cases: graphs,
    observe: ({ Value }, program) => runProgram(program, asClass(Value), { backward: 'helper' }),
    expected: (program) => engineRun(program),
    code: (program) => programCode(program, { backward: 'helper' }),
    message: (got, expected) => programMismatch(got, expected),
  }),
]);
