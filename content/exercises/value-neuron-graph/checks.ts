import fc from 'fast-check';
import { readableNumber } from '../../../src/checks/cases/expression-graphs.ts';
import { Value } from '../../../engine/index.ts';
import { defineChecks, hiddenCases, type Observation } from '../../../src/checks/define.ts';
import { show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

const LABELS = ['x1', 'x2', 'w1', 'w2', 'b', 'x1*w1', 'x2*w2', 'x1*w1 + x2*w2', 'n', 'o'];
const LECTURE = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432] as const;

/** The lecture's neuron, built with the engine: what every correct answer builds. */
function lectureNeuron(x1Data: number, x2Data: number, w1Data: number, w2Data: number, bData: number): Value {
  const [x1, x2, w1, w2, b] = [x1Data, x2Data, w1Data, w2Data, bData].map((x, i) => new Value(x, [], '', LABELS[i]));
  const x1w1 = x1.mul(w1);
  x1w1.label = 'x1*w1';
  const x2w2 = x2.mul(w2);
  x2w2.label = 'x2*w2';
  const sum = x1w1.add(x2w2);
  sum.label = 'x1*w1 + x2*w2';
  const n = sum.add(b);
  n.label = 'n';
  const o = n.tanh();
  o.label = 'o';
  return o;
}

// --- A graph as plain data: each value's label, op, data and children, children in order of their labels --

/** One value of the graph; `prev` holds the indices of its children in the list (or what is not a Value). */
type Node = { label: Observation; op: Observation; data: Observation; prev: Array<number | string> };

/**
 * The graph behind `root` as a flat list (nested data would pass postMessage only so deep), in pre-order,
 * each value's children in order of their labels, so that any order of an op's inputs reads the same. The
 * neuron's graph is a tree: no value is used twice. Runs in the worker.
 */
function describe(root: unknown): Node[] {
  const nodes: Node[] = [];
  const visit = (v: Value, depth: number): number => {
    const node: Node = { label: typeof v.label === 'string' ? v.label : String(v.label), op: v.op, data: v.data, prev: [] };
    const at = nodes.push(node) - 1;
    const prev: unknown = v.prev;
    const children = depth >= 5 || nodes.length > 40 ? [] : Array.isArray(prev) ? [...(prev as unknown[])] : [`not a list (${typeof prev})`];
    const key = (c: unknown) => (c instanceof Value ? String(c.label) : '');
    children.sort((p, q) => (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));
    node.prev = children.map((c) => (c instanceof Value ? visit(c, depth + 1) : typeof c === 'string' && depth < 5 ? c : `not a Value (${c === null ? 'null' : typeof c})`));
    return at;
  };
  if (root instanceof Value) visit(root, 0);
  return nodes;
}

/** How many distinct values following prev back from `root` reaches. */
function countValues(root: unknown): number {
  const seen = new Set<unknown>();
  const stack = [root];
  while (stack.length > 0 && seen.size < 100) {
    const v = stack.pop();
    if (!(v instanceof Value) || seen.has(v)) continue;
    seen.add(v);
    stack.push(...(Array.isArray(v.prev) ? v.prev : []));
  }
  return seen.size;
}

const graph = (o: unknown) => ({ values: countValues(o), nodes: describe(o) }) as Observation;

/** How a value is computed, in the lesson's words, for a message about its data. */
const HOW: Record<string, string> = {
  'x1*w1': 'x1.data × w1.data',
  'x2*w2': 'x2.data × w2.data',
  'x1*w1 + x2*w2': "the sum of x1*w1's and x2*w2's data",
  n: "x1*w1 + x2*w2's data plus b's",
  o: "tanh of n's data",
};

const listOf = (labels: string[]) => labels.map((l) => `'${l}'`).join(' and ') || 'none';

/** The first place where the learner's graph differs from the lecture's, in the lesson's words. */
function firstDifference(got: Node[], want: Node[], at: number | string, wantAt: number, where: string): string | undefined {
  const node = typeof at === 'number' ? got[at] : undefined;
  const w = want[wantAt];
  if (node === undefined) return `${where} should be a Value; it is ${typeof at === 'string' ? at : 'missing'}.`;
  const name = `'${String(w.label)}'`;
  if (node.label !== w.label) return `${where} should be labelled ${name}; its label is ${show(node.label)}.`;
  if (node.op !== w.op) {
    return w.op === '' ? `${name} is a leaf: its op should be ''; got ${show(node.op)}.` : `${name} should be made by '${String(w.op)}' (its op); got ${show(node.op)}.`;
  }
  const labelOf = (i: number | string) => (typeof i === 'number' ? got[i]?.label : undefined);
  const wanted = w.prev.map((i) => String(want[i as number].label));
  const found = node.prev.map((i) => (typeof i === 'string' ? i : `'${String(labelOf(i))}'`));
  if (node.prev.length !== w.prev.length || node.prev.some((i, k) => labelOf(i) !== wanted[k])) {
    if (wanted.length === 0) return `${name} is a leaf: its prev should be empty; it holds ${found.join(' and ')}.`;
    return `the children (prev) of ${name} should be ${listOf(wanted)}; got ${found.join(' and ') || 'none'}.`;
  }
  for (let k = 0; k < w.prev.length; k++) {
    const problem = firstDifference(got, want, node.prev[k], w.prev[k] as number, `'${wanted[k]}'`);
    if (problem) return problem;
  }
  const [g, e] = [node.data, w.data] as [number, number];
  if (typeof g !== 'number' || Math.abs(g - e) > 1e-9 * Math.max(1, Math.abs(e)) || Number.isNaN(g)) {
    const [gs, es] = typeof g === 'number' ? showPair(g, e) : [show(g), show(e)];
    const how = HOW[String(w.label)];
    return how ? `${name}.data should be ${how}, ${es}; got ${gs}.` : `${name}.data should be ${es}, the number neuron was given for ${String(w.label)}; got ${gs}.`;
  }
  return undefined;
}

function graphMismatch(got: Observation, expected: Observation, what: string): string | undefined {
  const g = got as { values?: unknown; nodes?: unknown } | null;
  const e = expected as { values: number; nodes: Node[] };
  if (g === null || typeof g !== 'object' || !Array.isArray(g.nodes)) return undefined;
  const problem = firstDifference(g.nodes as Node[], e.nodes, g.nodes.length > 0 ? 0 : 'not a Value', 0, what);
  if (problem) return problem;
  if (g.values !== e.values) return `Following prev back from o should reach ${e.values} different values; got ${show(g.values as never)}.`;
  return undefined;
}

type Inputs = [number, number, number, number, number];
const inputs: fc.Arbitrary<Inputs> = fc.tuple(readableNumber(), readableNumber(), readableNumber(), readableNumber(), readableNumber());

export default defineChecks<Learner>([
  // The lecture's own numbers first: they teach. The hidden cases after them hold the verdict.
  {
    name: 'o is a Value made by tanh',
    observe: ({ o }) => (o instanceof Value ? o.op : `not a Value: ${typeof o}`),
    expected: 'tanh',
  },
  {
    name: "o is the lecture's output, 0.7071067811865476",
    observe: ({ o }) => o.data,
    expected: lectureNeuron(...LECTURE).data,
    message: (got, expected) =>
      `o.data should be ${String(expected)}; got ${show(got)}${typeof got === 'number' && got > (expected as number) ? " — is the bias the lecture's 6.8813735870195432?" : '.'}`,
  },
  {
    name: "following prev back from o reaches the lecture's ten values",
    observe: ({ o }) => countValues(o),
    expected: 10,
    message: (got) => `Following prev back from o should reach 10 values (5 leaves, 2 products, 2 sums and o); got ${show(got)}.`,
  },
  {
    name: "every value carries the lecture's label",
    observe: ({ o }) => {
      const labels: string[] = [];
      const walk = (v: unknown, depth: number) => {
        if (!(v instanceof Value) || depth > 6) return;
        labels.push(v.label);
        for (const c of v.prev) walk(c, depth + 1);
      };
      walk(o, 0);
      return labels.sort();
    },
    expected: [...LABELS].sort(),
    message: (got) => {
      const found = got as string[];
      const missing = LABELS.filter((l) => !found.includes(l));
      return `Labels missing: ${missing.map((l) => `'${l}'`).join(', ') || 'none'}; the values behind o are labelled ${found.map((l) => `'${l}'`).join(', ')}.`;
    },
  },
  {
    name: 'o = tanh(n), n = (x1*w1 + x2*w2) + b: each value made by its op from the right children',
    observe: ({ o }) => graph(o),
    expected: graph(lectureNeuron(...LECTURE)),
    message: (got, expected) => graphMismatch(got, expected, 'o'),
  },
  hidden({
    name: "neuron(x1, x2, w1, w2, b) builds the lecture's graph from any five numbers",
    cases: inputs,
    observe: ({ neuron }, args) => graph(neuron(...args)),
    expected: (args) => graph(lectureNeuron(...args)),
    code: (args) => `const o = neuron(${args.join(', ')});\ndraw(o);\nconsole.log(o.data);`,
    message: (got, expected, args) => {
      const problem = graphMismatch(got, expected, 'The value neuron returns');
      return problem && `neuron(${args.join(', ')}): ${problem}`;
    },
  }),
]);
