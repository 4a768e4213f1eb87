/**
 * Hidden cases for the Value exercises: small random expression graphs ("programs") over an exercise's ops,
 * built once with the learner's Value class (in the worker) and once with the engine's (on the page), so
 * that every value's data and grad can be compared.
 *
 * The generator aims at the edges on purpose: 0, negatives, fractions and large numbers as leaves; a value
 * used twice (a.mul(a)) and used again later (a middle value with paths of different lengths to the root);
 * ops in the middle of a graph, so the upstream gradient is not 1; plain numbers as operands (a.mul(2)).
 * fast-check shrinks a failing program to a smallest one: fewer steps, smaller numbers.
 */
import fc from 'fast-check';
import { Value as EngineValue } from '../../../engine/index.ts';
import { backward as courseBackward, type BackwardStepValue } from '../../sandbox/course-helpers.ts';
import type { Observation } from '../define.ts';
import { same } from '../judge.ts';

export type Op = 'add' | 'mul' | 'pow' | 'neg' | 'sub' | 'div' | 'tanh' | 'exp' | 'relu' | 'log';

/** One line of a program: value = values[a].op(values[b] or k). Plain data, so it travels to the worker. */
export type Step = {
  op: Op;
  /** The value the method is called on (an index into the program's values: leaves, then steps). */
  a: number;
  /** The other value (add, mul, sub, div), or null when the operand is the plain number k. */
  b: number | null;
  /** pow's exponent, or the plain number operand of add, mul, sub, div; null otherwise. */
  k: number | null;
};

export type Program = { leaves: number[]; steps: Step[] };

const BINARY = new Set<Op>(['add', 'mul', 'sub', 'div']);

// --- Generating -----------------------------------------------------------------------------------------

/** Numbers a learner can read: edges first (fast-check favours them as it shrinks), then thousandths. */
export const readableNumber = (max = 5): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0, 1, -1, 2, -3, 0.5, -0.25) },
    { weight: 3, arbitrary: fc.integer({ min: -max * 1000, max: max * 1000 }).map((n) => n / 1000) },
    { weight: 1, arbitrary: fc.constantFrom(40, -75, 300) },
  );

export const EXPONENTS = [2, 3, 0, 1, -1, -2, 0.5, 1.5, 4];

export interface ProgramOptions {
  ops: readonly Op[];
  /** Most leaves (1–maxLeaves); default 3. */
  maxLeaves?: number;
  /** Most steps (1–maxSteps); default 6. */
  maxSteps?: number;
  /** Allow plain-number operands (a.mul(2)); default true. */
  numbers?: boolean;
}

/**
 * Programs over `ops` whose every value and gradient the engine computes as a finite number below 1e6: the
 * cases where a right answer has one right result, so a NaN or an Infinity is always the learner's.
 */
export function programs({ ops, maxLeaves = 3, maxSteps = 6, numbers = true }: ProgramOptions): fc.Arbitrary<Program> {
  const rawStep = fc.record({
    op: fc.constantFrom(...ops),
    a: fc.nat(),
    b: fc.nat(),
    useNumber: numbers ? fc.boolean() : fc.constant(false),
    k: readableNumber(),
    exponent: fc.constantFrom(...EXPONENTS),
  });
  return fc
    .record({
      leaves: fc.array(readableNumber(), { minLength: 1, maxLength: maxLeaves }),
      raw: fc.array(rawStep, { minLength: 1, maxLength: maxSteps }),
    })
    .map(({ leaves, raw }) => ({
      leaves,
      steps: raw.map((r, i): Step => {
        const count = leaves.length + i;
        // Indices are taken modulo the values so far: any earlier value, so reuse and diamonds come often.
        const a = r.a % count;
        if (r.op === 'pow') return { op: 'pow', a, b: null, k: r.exponent };
        if (!BINARY.has(r.op)) return { op: r.op, a, b: null, k: null };
        return r.useNumber ? { op: r.op, a, b: null, k: r.k } : { op: r.op, a, b: r.b % count, k: null };
      }),
    }))
    .filter(isWellBehaved);
}

function isWellBehaved(program: Program): boolean {
  const { data, grad } = runProgram(program, EngineValue as unknown as ValueClass);
  return [...data, ...grad].every((x) => Number.isFinite(x) && Math.abs(x) < 1e6);
}

// --- Running --------------------------------------------------------------------------------------------

/** What a program needs of a Value class: the constructor and the ops it uses. */
export type ValueClass = new (data: number) => ValueLike;
export interface ValueLike {
  data: number;
  grad: number;
  prev?: unknown;
  op?: unknown;
  backward?: () => void;
  [method: string]: unknown;
}

/**
 * How a program's gradients are computed: the last value's own `backward()` method (the engine's, or one the
 * exercise asks for), the course's `backward(root)` helper on a Value that has only backward steps (the ops
 * lesson: its exercises' scope gives the helper), or not at all.
 */
export type Backward = 'method' | 'helper' | false;

/** Builds the program's values with `Value`: leaves, then one value per step. */
export function buildProgram(program: Program, Value: ValueClass): ValueLike[] {
  const values: ValueLike[] = program.leaves.map((x) => new Value(x));
  for (const { op, a, b, k } of program.steps) {
    const method = values[a][op];
    if (typeof method !== 'function') throw new TypeError(`${nameOf(a)}.${op} is not a function`);
    const args = op === 'pow' || (BINARY.has(op) && b === null) ? [k] : b === null ? [] : [values[b]];
    values.push(method.apply(values[a], args) as ValueLike);
  }
  return values;
}

/** Every value's data, then (after a backward pass from the last value, unless `backward` is false) every grad. */
export function runProgram(program: Program, Value: ValueClass, { backward = 'method' as Backward } = {}): { data: number[]; grad: number[] } {
  const values = buildProgram(program, Value);
  const root = values.at(-1)!;
  if (backward === 'helper') courseBackward(root as unknown as BackwardStepValue);
  else if (backward === 'method') {
    if (typeof root.backward !== 'function') throw new TypeError(`${nameOf(values.length - 1)}.backward is not a function`);
    root.backward();
  }
  return { data: values.map((v) => v.data), grad: backward ? values.map((v) => v.grad) : [] };
}

/** The engine's answer: what a correct learner Value reports (its gradients from the engine's own backward()). */
export const engineRun = (program: Program, options?: { backward?: false }) =>
  runProgram(program, EngineValue as unknown as ValueClass, options);

// --- Showing --------------------------------------------------------------------------------------------

/** a, b, …, z, then v26, v27, … : the names the case's code gives its values. */
export const nameOf = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : `v${i}`);

/**
 * The program as code the learner can paste under their Value class and run: with `c.backward();` or, for
 * `backward: 'helper'`, `backward(c);` (which runs where the exercise's scope gives the helper).
 */
export function programCode(program: Program, { backward = 'method' as Backward } = {}): string {
  const n = program.leaves.length;
  const lines = [`const ${program.leaves.map((x, i) => `${nameOf(i)} = new Value(${x})`).join(', ')};`];
  program.steps.forEach(({ op, a, b, k }, i) => {
    const arg = op === 'pow' || (BINARY.has(op) && b === null) ? String(k) : b === null ? '' : nameOf(b);
    lines.push(`const ${nameOf(n + i)} = ${nameOf(a)}.${op}(${arg});`);
  });
  const all = n + program.steps.length;
  if (backward === 'method') lines.push(`${nameOf(all - 1)}.backward();`);
  if (backward === 'helper') lines.push(`backward(${nameOf(all - 1)});`);
  const names = Array.from({ length: all }, (_, i) => nameOf(i));
  const shown = backward ? names.map((v) => `${v}.grad`) : names.map((v) => `${v}.data`);
  lines.push(`console.log(${shown.join(', ')});`);
  return lines.join('\n');
}

/**
 * The first value whose data or grad is off, in a sentence: "c.data should be -6; got 6." Data is
 * compared first: a wrong forward value explains wrong gradients after it.
 */
export function programMismatch(got: Observation, expected: Observation, tolerance = 1e-9): string | undefined {
  const g = got as { data?: unknown; grad?: unknown } | null;
  const e = expected as { data: number[]; grad: number[] };
  if (g === null || typeof g !== 'object' || !Array.isArray(g.data) || !Array.isArray(g.grad)) return undefined;
  for (const field of ['data', 'grad'] as const) {
    const values = g[field] as unknown[];
    for (let i = 0; i < e[field].length; i++) {
      const want = e[field][i];
      const have = values[i];
      if (!same(have, want, tolerance)) {
        return `${nameOf(i)}.${field} should be ${String(Number(want.toPrecision(12)))}; got ${typeof have === 'number' ? String(Number(have.toPrecision(12))) : String(have)}.`;
      }
    }
  }
  return undefined;
}
