import { Value as EngineValue } from '../../../engine/index.ts';
import {
  buildProgram,
  engineRun,
  nameOf,
  programCode,
  programMismatch,
  programs,
  runProgram,
  type Program,
  type ValueClass,
} from '../../../src/checks/cases/expression-graphs.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { same, show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();
const asClass = (Value: Learner['Value']) => Value as unknown as ValueClass;

/**
 * The grads backward() gives when the backward steps of the ops in `assigning` assign (=) instead of adding
 * (+=), each input in order (this, then that): what the unfixed or half-fixed Value reports. With `perStep`,
 * a step adds up its own contributions (a + a gives 2) but replaces what earlier steps gave.
 */
function gradsAssigning(program: Program, assigning: ReadonlySet<string>, perStep = false): number[] {
  const values = buildProgram(program, EngineValue as unknown as ValueClass) as unknown as EngineValue[];
  const root = values.at(-1)!;
  const order: EngineValue[] = [];
  const seen = new Set<EngineValue>();
  const visit = (v: EngineValue) => {
    if (seen.has(v)) return;
    seen.add(v);
    for (const child of v.prev) visit(child);
    order.push(v);
  };
  visit(root);
  root.grad = 1;
  for (const node of order.reverse()) {
    const local = node.localGrads(node);
    if (perStep && assigning.has(node.op)) for (const input of node.prev) input.grad = 0;
    for (let j = 0; j < local.length; j++) {
      const contribution = local[j] * node.grad;
      node.prev[j].grad = assigning.has(node.op) && !perStep ? contribution : node.prev[j].grad + contribution;
    }
  }
  return values.map((v) => v.grad);
}

// One op first: on a graph where only that op's steps matter, name only that op.
const ASSIGNING: Array<{ ops: string[]; perStep?: boolean; words: string }> = [
  { ops: ['+'], words: 'add still assigns (=)' },
  { ops: ['*'], words: 'mul still assigns (=)' },
  { ops: ['+', '*'], words: 'both add and mul still assign (=)' },
  { ops: ['+'], perStep: true, words: "add's step replaces (=) the grad with its own contribution, so a value used by two ops keeps only the last" },
  { ops: ['*'], perStep: true, words: "mul's step replaces (=) the grad with its own contribution, so a value used by two ops keeps only the last" },
  { ops: ['+', '*'], perStep: true, words: "each op's step replaces (=) the grad with its own contribution, so a value used by two ops keeps only the last" },
];

const sameGrads = (got: unknown, want: number[]) => same(got, want, 1e-9);

function graphMessage(got: Observation, expected: Observation, program: Program): string | undefined {
  const first = programMismatch(got, expected);
  if (first === undefined) return undefined;
  const grads = (got as { grad?: unknown } | null)?.grad;
  const words = ASSIGNING.find(({ ops, perStep }) => sameGrads(grads, gradsAssigning(program, new Set(ops), perStep)))?.words;
  const root = nameOf(program.leaves.length + program.steps.length - 1);
  return `after ${root}.backward(), ${first}${words ? ` — these are the gradients you get when ${words}. Each contribution must be added to the grad already there (+=).` : ''}`;
}

export default defineChecks<Learner>([
  // The lesson's small graphs first: they teach. The hidden cases after them hold the verdict.
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
  hidden({
    name: 'every value and gradient is right on graphs of add and mul where values are used more than once, by one op and by several',
    // Few leaves and several steps: values are used twice by one op (a.mul(a)) and by several ops often.
    cases: programs({ ops: ['add', 'mul'], maxLeaves: 3, maxSteps: 7 }),
    observe: ({ Value }, program) => runProgram(program, asClass(Value)),
    expected: (program) => engineRun(program),
    code: (program) => programCode(program),
    message: graphMessage,
  }),
]);
