import fc from 'fast-check';
import { Value as EngineValue } from '../../../engine/index.ts';
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

const tanhHalf = new EngineValue(0.5).tanh().data;

/** Every value and gradient the engine computes is a finite number below 1e6 (as `programs` promises). */
const wellBehaved = (program: Program) => {
  const { data, grad } = engineRun(program);
  return [...data, ...grad].every((x) => Number.isFinite(x) && Math.abs(x) < 1e6);
};

const graphs = programs({ ops: ['add', 'mul', 'tanh', 'exp'], maxSteps: 6 });

/**
 * One tanh or exp in the middle of a graph: a = x, b = m, c = a.op(), d = c.mul(b), so that c's upstream
 * gradient is m, not 1. x reaches ±25, past where tanh rounds to ±1 (about ±19.06), so that a tanh that
 * treats itself as ±1 too early is off by more than the tolerance.
 */
const middles = fc
  .record({ op: fc.constantFrom('tanh' as const, 'exp' as const), x: readableNumber(25), m: readableNumber() })
  .map(({ op, x, m }): Program => ({
    leaves: [x, m],
    steps: [
      { op, a: 0, b: null, k: null },
      { op: 'mul', a: 2, b: 1, k: null },
    ],
  }))
  .filter(wellBehaved);

/**
 * tanh's or exp's input used again, by a mul that the sum at the root takes first or second: a = x, b = m,
 * c = a.op(), d = a.mul(b), then e = c.add(d) or d.add(c). An op whose backward sets its input's grad (=)
 * instead of adding to it (+=) loses the mul's share whenever the backward pass reaches the op after the mul,
 * which one of the two orders makes it do. (Left to random graphs, a hundred cases sometimes had no such case.)
 */
const reusedInputs = fc
  .record({ op: fc.constantFrom('tanh' as const, 'exp' as const), x: readableNumber(3), m: readableNumber(), opFirst: fc.boolean() })
  .map(({ op, x, m, opFirst }): Program => ({
    leaves: [x, m],
    steps: [
      { op, a: 0, b: null, k: null },
      { op: 'mul', a: 0, b: 1, k: null },
      opFirst ? { op: 'add', a: 2, b: 3, k: null } : { op: 'add', a: 3, b: 2, k: null },
    ],
  }))
  .filter(wellBehaved);

/**
 * Inputs where tanh(x) rounds to exactly ±1 (|x| ≥ 20; it does from about 19.06): integers and fractions up
 * to 1000, the edges where e²ˣ overflows (x > 354.9) and eˣ does (x > 709.8), and beyond.
 */
const large = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      fc.constantFrom(20, 354, 355, 356, 709, 710, 711, 1000, 1e4, 1e6, 1e300),
      fc.integer({ min: 20, max: 1000 }),
      fc.double({ min: 20, max: 1000, noNaN: true }),
    ),
  )
  .map(([negative, x]) => (negative ? -x : x));

/** What the middle case's a.grad comes to with a mistake the observation can show. */
function middleMistake(got: unknown, program: Program): string | undefined {
  const g = got as { grad?: unknown[] } | null;
  const have = Array.isArray(g?.grad) ? g.grad[0] : undefined;
  if (typeof have !== 'number') return undefined;
  const [x, m] = program.leaves;
  const op = program.steps[0].op;
  const close = (a: number, b: number) => same(a, b, 1e-9);
  const local = op === 'tanh' ? 1 - new EngineValue(x).tanh().data ** 2 : Math.exp(x);
  // A mistake is named only when the learner's number is what it gives and the right answer is not (at
  // x = 0, 1 - x² and 1 - tanh(x)² agree: nothing to tell apart there).
  const near = (y: number) => Number.isFinite(y) && close(have, y) && !close(y, local * m);
  if (op === 'tanh' && near((1 - x * x) * m)) return ' — the derivative is 1 - tanh(x)², from the output, not 1 - x².';
  if (op === 'exp' && near(x * m)) return ' — the local derivative of eˣ is eˣ, the output itself, not x.';
  if (m !== 1 && near(local)) return ` — that is ${op}'s local derivative alone: is it multiplied by out.grad? Here ${op}'s output is used by a mul, so out.grad is ${m}, not 1.`;
  return undefined;
}

/**
 * Right formulas for tanh, exp and their derivatives (Math.tanh, 1 − 2/(e²ˣ+1), 4/(eˣ+e⁻ˣ)², …) differ from the
 * engine's by a few units in the last place, well below 1e-11 relative; a derivative estimated numerically
 * ((f(x+h) − f(x−h)) / 2h) is off by about h²/6 relative, 1.7e-11 for h = 1e-5 and more for any larger h,
 * and that is not the local derivative the exercise asks for.
 */
const DERIVATIVE_TOLERANCE = 1e-11;

export default defineChecks<Learner>([
  // The lesson's own numbers first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'tanh computes tanh: new Value(0.5).tanh().data',
    observe: ({ Value }) => new Value(0.5).tanh().data,
    expected: tanhHalf,
  },
  {
    name: "tanh's backward: d tanh(x)/dx at x = 0.5 is 1 - tanh(0.5)²",
    observe: ({ Value }) => {
      const x = new Value(0.5);
      backward(x.tanh());
      return x.grad;
    },
    expected: 1 - tanhHalf * tanhHalf,
    message: (got) =>
      `x.grad should be ${show(1 - tanhHalf * tanhHalf)}; got ${show(got)}${Math.abs((got as number) - 0.75) < 1e-9 ? ' — the derivative is 1 - tanh(x)², not 1 - x²' : '.'}`,
  },
  {
    name: 'tanh stays exact for large inputs: tanh(1000) is 1 and tanh(-1000) is -1',
    observe: ({ Value }) => [new Value(1000).tanh().data, new Value(-1000).tanh().data],
    expected: [1, -1],
    tolerance: 0,
    message: (got) => {
      const [p, n] = got as number[];
      const why = Number.isNaN(p) || Number.isNaN(n) ? ' — (e²ˣ − 1)/(e²ˣ + 1) is Infinity/Infinity = NaN for large x; Math.tanh is not.' : '.';
      return `new Value(1000).tanh().data should be exactly 1 and new Value(-1000).tanh().data exactly -1; got ${show(p, true)} and ${show(n, true)}${why}`;
    },
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
      backward(x.exp());
      return x.grad;
    },
    expected: Math.exp(2),
    message: (got) =>
      `x.grad should be e² ≈ ${show(Math.exp(2))}; got ${show(got)}${got === 2 ? ' — the local derivative of eˣ is eˣ, the output itself.' : '.'}`,
  },
  {
    name: 'together: d/dx tanh(eˣ) at x = 0 is e⁰·(1 - tanh(1)²)',
    observe: ({ Value }) => {
      const x = new Value(0);
      backward(x.exp().tanh());
      return x.grad;
    },
    expected: 1 - new EngineValue(1).tanh().data ** 2,
  },
  hidden({
    name: "tanh and exp make a new Value that remembers its input and the op 'tanh' or 'exp'",
    cases: graphs,
    observe: ({ Value }, program) => structureReport(program, asClass(Value), { tanh: 'tanh', exp: 'exp' }),
    expected: (program) => program.steps.map(() => 'ok'),
    code: (program) => programCode(program, { backward: false }),
    message: (got) => firstProblem(got) && `${firstProblem(got)}.`,
  }),
  hidden({
    name: 'tanh is exactly 1 or -1 wherever tanh(x) rounds to it: |x| from 20 to 1000 and beyond',
    cases: large,
    observe: ({ Value }, x) => new Value(x).tanh().data,
    expected: (x) => new EngineValue(x).tanh().data,
    // The exact answer is ±1: any correct formula gives it, and 0.9999999999999999 is the mistake to catch.
    tolerance: 0,
    code: (x) => `console.log(new Value(${x}).tanh().data);`,
    message: (got, expected, x) => {
      const why =
        Number.isNaN(got) && x > 354
          ? ' — e²ˣ overflows to Infinity for x above 354.9, and (e²ˣ − 1)/(e²ˣ + 1) is then Infinity/Infinity = NaN.'
          : Number.isNaN(got) && Math.abs(x) > 709
            ? ' — eˣ overflows to Infinity for |x| above 709.8, and a formula that divides two of them gives NaN.'
            : '.';
      return `new Value(${x}).tanh().data should be exactly ${show(expected, true)}; got ${show(got, true)}${why}`;
    },
  }),
  hidden({
    name: "tanh's and exp's data and gradient for any input, with the op in the middle of a graph (out.grad is not 1)",
    cases: middles,
    observe: ({ Value }, program) => runProgram(program, asClass(Value), { backward: 'helper' }),
    expected: (program) => engineRun(program),
    tolerance: DERIVATIVE_TOLERANCE,
    code: (program) => programCode(program, { backward: 'helper' }),
    message: (got, expected, program) => {
      const problem = programMismatch(got, expected, DERIVATIVE_TOLERANCE);
      const mistake = problem?.startsWith('a.grad') ? middleMistake(got, program) : undefined;
      return mistake ? `${problem!.replace(/\.$/, '')}${mistake}` : problem;
    },
  }),
  hidden({
    name: 'every value and gradient is right on graphs of tanh, exp, add and mul: values used twice, plain numbers as operands',
    cases: fc.oneof(graphs, reusedInputs),
    observe: ({ Value }, program) => runProgram(program, asClass(Value), { backward: 'helper' }),
    expected: (program) => engineRun(program),
    tolerance: DERIVATIVE_TOLERANCE,
    code: (program) => programCode(program, { backward: 'helper' }),
    message: (got, expected) => programMismatch(got, expected, DERIVATIVE_TOLERANCE),
  }),
]);
