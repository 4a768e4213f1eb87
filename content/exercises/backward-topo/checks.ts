import fc from 'fast-check';
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
type LearnerValue = InstanceType<Learner['Value']>;
const hidden = hiddenCases<Learner>();
const asClass = (Value: Learner['Value']) => Value as unknown as ValueClass;

/** The lecture's neuron, built with whichever Value class is given. */
function seedNeuron<V extends { mul(o: V): V; add(o: V): V; tanh(): V; backward(): void; grad: number }>(
  make: (x: number) => V,
) {
  const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map(make);
  const o = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
  o.backward();
  return { x1: x1.grad, w1: w1.grad, x2: x2.grad, w2: w2.grad, b: b.grad };
}

// --- What wrong orders give, to name the mistake when the learner's gradients are exactly that ----------

type Node = EngineValue;

/** Depth-first, each value after its inputs (the right topological order), optionally without a visited set. */
function postOrder(root: Node, visitOnce = true): Node[] {
  const order: Node[] = [];
  const seen = new Set<Node>();
  const visit = (v: Node) => {
    if (visitOnce && seen.has(v)) return;
    seen.add(v);
    for (const child of v.prev) visit(child);
    order.push(v);
  };
  visit(root);
  return order;
}

/** Breadth-first from the root: the root, its inputs, theirs, … each once. */
function breadthFirst(root: Node): Node[] {
  const order = [root];
  const seen = new Set<Node>(order);
  for (let i = 0; i < order.length; i++) {
    for (const child of order[i].prev) if (!seen.has(child)) (seen.add(child), order.push(child));
  }
  return order;
}

/**
 * An explicit stack that pushes all of a value's unvisited inputs at once and marks them visited when
 * pushed: a value still on the stack counts as finished, so a value above it can come out first.
 */
function onStackAsFinished(root: Node): Node[] {
  const order: Node[] = [];
  const seen = new Set<Node>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    const fresh = node.prev.filter((c) => !seen.has(c));
    if (fresh.length === 0) {
      order.push(stack.pop()!);
      continue;
    }
    for (const c of fresh) if (!seen.has(c)) (seen.add(c), stack.push(c));
  }
  return order;
}

/** Depth-first from the root, each value taken when first reached (pre-order), not once its inputs are done. */
function preOrder(root: Node): Node[] {
  const order: Node[] = [];
  const seen = new Set<Node>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const c of node.prev) if (!seen.has(c)) (seen.add(c), stack.push(c));
  }
  return order;
}

/**
 * The grads the chain rule gives when the steps run in `steps` order; `reset` sets a value's grad back to 0
 * once it has passed it on (every value made by an op, or all of them but the root).
 */
function gradsWith(program: Program, steps: (root: Node) => Node[], reset: 'none' | 'all' | 'but the root' = 'none'): number[] {
  const values = buildProgram(program, EngineValue as unknown as ValueClass) as unknown as Node[];
  const root = values.at(-1)!;
  root.grad = 1;
  for (const node of steps(root)) {
    const local = node.localGrads(node);
    for (let j = 0; j < local.length; j++) node.prev[j].grad += local[j] * node.grad;
    if (reset !== 'none' && node.prev.length > 0 && (reset === 'all' || node !== root)) node.grad = 0;
  }
  return values.map((v) => v.grad);
}

const INPUTS_FIRST = 'a value may only go into the order once all of its inputs have gone in, and the steps run in the reverse of that order';

/** Known wrong ways: what each is called, what it gives, and what to do instead. */
const MISTAKES: Array<{ what: string; grads: (program: Program) => number[]; fix: string }> = [
  { what: 'a breadth-first order', grads: (p) => gradsWith(p, breadthFirst), fix: INPUTS_FIRST },
  { what: 'a sort that counts a value as done as soon as it is on the stack', grads: (p) => gradsWith(p, (root) => onStackAsFinished(root).reverse()), fix: INPUTS_FIRST },
  { what: 'a pre-order (each value taken when it is first reached)', grads: (p) => gradsWith(p, preOrder), fix: INPUTS_FIRST },
  { what: 'the order walked from the leaves', grads: (p) => gradsWith(p, postOrder), fix: 'call the steps from the root back, the reverse of the order' },
  { what: 'a sort without a visited set', grads: (p) => gradsWith(p, (root) => postOrder(root, false).reverse()), fix: 'a value reached twice must go into the order once' },
  ...(['all', 'but the root'] as const).map((reset) => ({
    what: "resetting a value's grad after it passes it on",
    grads: (p: Program) => gradsWith(p, (root) => postOrder(root).reverse(), reset),
    fix: "after backward() every value keeps its gradient, the root's 1 and the middle values' too",
  })),
];

const sameGrads = (got: unknown, want: number[]) => same(got, want, 1e-9);

/** The first value that is off, and the known mistakes whose gradients are exactly the learner's (if one or more). */
function graphMessage(got: Observation, expected: Observation, program: Program): string | undefined {
  const first = programMismatch(got, expected);
  if (first === undefined) return undefined;
  const grads = (got as { grad?: unknown } | null)?.grad;
  const matching = MISTAKES.filter((m) => sameGrads(grads, m.grads(program)));
  const whats = [...new Set(matching.map((m) => m.what))];
  const fixes = [...new Set(matching.map((m) => m.fix))];
  const root = nameOf(program.leaves.length + program.steps.length - 1);
  const why = whats.length > 0 ? ` — these are the gradients you get from ${whats.join(', or from ')}: ${fixes.join('; ')}.` : '';
  return `after ${root}.backward(), ${first}${why}`;
}

// --- The hidden graphs ---------------------------------------------------------------------------------

const OPS = ['add', 'mul', 'tanh'] as const;

/** The values `index` is computed from, directly or not (indices into the program's values). */
function inputsOf(program: Program, index: number): Set<number> {
  const found = new Set<number>();
  const todo = [index];
  while (todo.length > 0) {
    const step = program.steps[todo.pop()! - program.leaves.length];
    if (!step) continue; // a leaf
    for (const input of [step.a, step.b]) if (input !== null && !found.has(input)) (found.add(input), todo.push(input));
  }
  return found;
}

const wellBehaved = (program: Program) => {
  const { data, grad } = engineRun(program);
  return [...data, ...grad].every((x) => Number.isFinite(x) && Math.abs(x) < 1e6);
};

/**
 * Random graphs with one more step on top that uses the last value and a middle value it was made from, in
 * either order: the middle value is reached by a path of length 1 and by a longer one, so its step must wait
 * for both. A breadth-first order, a pre-order, or a sort that counts a value on the stack as done each run
 * it too early on one order or the other.
 */
const diamonds: fc.Arbitrary<Program> = fc
  .tuple(programs({ ops: [...OPS], maxLeaves: 3, maxSteps: 7 }), fc.nat(), fc.boolean(), fc.constantFrom('add' as const, 'mul' as const))
  .map(([program, pick, lastFirst, op]) => {
    const last = program.leaves.length + program.steps.length - 1;
    const all = [...inputsOf(program, last)];
    const middle = all.filter((i) => i >= program.leaves.length);
    const pool = middle.length > 0 ? middle : all;
    const other = pool[pick % pool.length];
    return { leaves: program.leaves, steps: [...program.steps, { op, a: lastFirst ? last : other, b: lastFirst ? other : last, k: null }] };
  })
  .filter(wellBehaved);

export default defineChecks<Learner>([
  // The lecture's numbers and small graphs first: they teach. The hidden cases after them hold the verdict.
  {
    name: "backward() sets the root's gradient to 1",
    observe: ({ Value }) => {
      const a = new Value(5);
      const b = a.mul(2);
      b.backward();
      return b.grad;
    },
    expected: 1,
  },
  {
    name: "the lecture's neuron gets the gradients the lecture shows",
    observe: ({ Value }) => seedNeuron((x) => new Value(x)),
    // Computed by the course's engine, on the page.
    expected: seedNeuron((x) => new EngineValue(x)),
    message: (got, expected) => {
      const g = got as Record<string, number>;
      const e = expected as Record<string, number>;
      const wrong = Object.keys(e).find((k) => !(Math.abs(g[k] - e[k]) <= 1e-9))!;
      return `${wrong}.grad should be ${show(e[wrong])}; got ${show(g[wrong])}. All: ${show(got)} — is each value's step run only after everything that uses it (the reverse of the order)?`;
    },
  },
  {
    name: 'a value reached twice is visited once: b = a + a gives a.grad = 2',
    observe: ({ Value }) => {
      const a = new Value(3);
      a.add(a).backward();
      return a.grad;
    },
    expected: 2,
    message: (got) => `a.grad should be 2 after b = a + a; got ${show(got)}${(got as number) > 2 ? ' — are values visited more than once?' : '.'}`,
  },
  {
    name: 'a shared middle value passes on its whole gradient once: e = d + d with d = a·b',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      const d = a.mul(b);
      d.add(d).backward();
      return [a.grad, b.grad];
    },
    expected: [-6, 4],
    message: (got) => `a.grad and b.grad should be [-6, 4]; got ${show(got)}${sameGrads(got, [-12, 8]) ? ' — d passed its gradient on twice: are values visited more than once?' : '.'}`,
  },
  hidden({
    name: "every value's gradient is right, the root's and the middle values' too, on graphs of add, mul and tanh with shared values and paths of different lengths",
    cases: fc.oneof(diamonds, programs({ ops: [...OPS], maxLeaves: 3, maxSteps: 8 })),
    observe: ({ Value }, program) => runProgram(program, asClass(Value)),
    expected: (program) => engineRun(program),
    code: (program) => programCode(program),
    message: graphMessage,
  }),
  {
    name: 'a chain of 100,000 values works (no stack overflow)',
    observe: ({ Value }) => {
      const x: LearnerValue = new Value(1);
      let y = x;
      for (let i = 0; i < 100_000; i++) y = y.add(1);
      y.backward();
      return x.grad;
    },
    expected: 1,
  },
  {
    name: 'each value is sorted once: 16 levels, each value used twice by the next (65,536 paths from the root)',
    observe: ({ Value }) => {
      const x: LearnerValue = new Value(1);
      let y = x;
      for (let i = 0; i < 16; i++) y = y.add(y).mul(0.5);
      // Count how often backward() reads a value's prev: a sort that marks values only when it emits them, or
      // not at all, walks every path (65,536 here); one that marks them when first reached reads each a few times.
      const values: LearnerValue[] = [];
      const seen = new Set<LearnerValue>([y]);
      for (let stack = [y]; stack.length > 0; ) {
        const v = stack.pop()!;
        values.push(v);
        for (const child of v.prev) if (!seen.has(child)) seen.add(child), stack.push(child);
      }
      const edges = values.reduce((n, v) => n + v.prev.length, 0);
      let reads = 0;
      for (const v of values) {
        const prev = v.prev;
        Object.defineProperty(v, 'prev', { get: () => (reads++, prev), configurable: true });
      }
      y.backward();
      return { grad: x.grad, reads: reads <= 10 * (values.length + edges) ? 'a few per value' : `${reads} times for ${values.length} values` };
    },
    expected: { grad: 1, reads: 'a few per value' },
    message: (got) => {
      const { grad, reads } = got as { grad: number; reads: string };
      if (reads !== 'a few per value') {
        return `backward() read the values' prev ${reads}: it walked every path to each value. Mark a value visited when it is first reached, and never push it again.`;
      }
      return `x.grad should be 1 (every level is (y + y) · 0.5); got ${show(grad)}.`;
    },
  },
]);
