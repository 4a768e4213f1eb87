import fc from 'fast-check';
import { buildProgram, engineRun, nameOf, programCode, programs, readableNumber, type Program, type ValueClass } from '../../../src/checks/cases/expression-graphs.ts';
import { firstProblem, structureReport } from '../../../src/checks/cases/structure.ts';
import { defineChecks, hiddenCases } from '../../../src/checks/define.ts';
import { show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();
const asClass = (Value: Learner['Value']) => Value as unknown as ValueClass;

// The prompt says nothing about plain numbers as operands (`add(other: Value)`), so the graphs use Values only.
const graphs = programs({ ops: ['add', 'mul'], maxSteps: 6, numbers: false });

// --- The constructor, on values it is given --------------------------------------------------------------

type Made = { data: number; children: number[]; op: string; label: string };
const made = fc.record({
  data: readableNumber(),
  children: fc.array(readableNumber(), { maxLength: 3 }),
  op: fc.constantFrom('', '+', '*', 'tanh', '**2'),
  label: fc.constantFrom('', 'a', 'x1', 'x1*w1', 'n', 'my value'),
});

const quote = (s: string) => `'${s}'`;
const madeCode = ({ data, children, op, label }: Made) => {
  const kids = children.map((x, i) => `new Value(${x}, [], '', 'k${i}')`);
  return [
    ...(kids.length > 0 ? [`const ${kids.map((k, i) => `k${i} = ${k}`).join(', ')};`] : []),
    `const v = new Value(${data}, [${children.map((_, i) => `k${i}`).join(', ')}], ${quote(op)}, ${quote(label)});`,
    'console.log(v.data, v.prev, v.op, v.label);',
  ].join('\n');
};

/** Which field is off, in a sentence: data, then the children, then op and label. */
function madeMismatch(got: unknown, expected: Made & { prev: number[] }, input: Made): string | undefined {
  const g = got as Partial<Record<'data' | 'op' | 'label', unknown>> & { prev?: unknown };
  if (g === null || typeof g !== 'object') return undefined;
  const call = 'v';
  if (g.data !== expected.data) return `${call}.data should be ${expected.data}, the number it was given; got ${show(g.data as never)}.`;
  const prev = g.prev;
  if (!Array.isArray(prev)) return `${call}.prev should be the list of children it was given; got ${show(prev as never)}.`;
  if (JSON.stringify(prev) !== JSON.stringify(expected.prev)) {
    const kids = input.children.map((_, i) => `k${i}`);
    const wanted = kids.length === 0 ? 'no children (an empty list)' : `the children it was given, ${kids.join(', ')} themselves`;
    const strangers = prev.filter((p) => p === -1).length;
    const found = prev.length === 0 ? 'it is empty' : strangers > 0 ? `it has ${prev.length} values, ${strangers} of them not among the children given` : `it has ${prev.length} values`;
    return `${call}.prev should hold ${wanted}; ${found}.`;
  }
  if (g.op !== expected.op) return `${call}.op should be ${quote(expected.op)}, the op it was given; got ${show(g.op as never)}.`;
  if (g.label !== expected.label) return `${call}.label should be ${quote(expected.label)}, the label it was given; got ${show(g.label as never)}.`;
  return undefined;
}

// --- Graphs of add and mul: every value's data, and the leaves left as they were --------------------------

/** A leaf as it should still be after the values made from it: no children, no op, no label. */
type Leaf = { data: number; op: string; prev: number; label: string };

function graphReport(program: Program, Value: ValueClass) {
  const values = buildProgram(program, Value);
  const leaves = values.slice(0, program.leaves.length).map((v): Leaf | string => {
    const prev = v.prev;
    return { data: v.data, op: v.op as string, prev: Array.isArray(prev) ? prev.length : -1, label: v.label as string };
  });
  return { data: values.map((v) => v.data), leaves };
}

function graphExpected(program: Program) {
  return { data: engineRun(program, { backward: false }).data, leaves: program.leaves.map((x) => ({ data: x, op: '', prev: 0, label: '' })) };
}

function graphMismatch(got: unknown, expected: ReturnType<typeof graphExpected>): string | undefined {
  const g = got as { data?: unknown; leaves?: unknown } | null;
  if (g === null || typeof g !== 'object' || !Array.isArray(g.data) || !Array.isArray(g.leaves)) return undefined;
  const data = g.data as unknown[];
  for (let i = 0; i < expected.data.length; i++) {
    const want = expected.data[i];
    const have = data[i];
    if (typeof have !== 'number' || Math.abs(have - want) > 1e-9 * Math.max(1, Math.abs(want)) || Number.isNaN(have)) {
      const [h, w] = typeof have === 'number' ? showPair(have, want) : [show(have as never), show(want)];
      if (i < expected.leaves.length) return `${nameOf(i)}.data should still be ${w}, the number it was made with; got ${h} — does an op change \`this\`?`;
      return `${nameOf(i)}.data should be ${w}; got ${h}.`;
    }
  }
  const leaves = g.leaves as Array<Partial<Leaf> | null>;
  for (let i = 0; i < expected.leaves.length; i++) {
    const leaf = leaves[i] ?? {};
    const name = nameOf(i);
    if (leaf.prev !== 0) return `${name} is a leaf made with new Value(${expected.leaves[i].data}): after the values made from it, ${name}.prev should still be empty; it has ${show(leaf.prev as never)} values — does an op change \`this\`?`;
    if (leaf.op !== '') return `${name} is a leaf: after the values made from it, ${name}.op should still be ''; got ${show(leaf.op as never)} — does an op change \`this\`?`;
    if (leaf.label !== '') return `${name} is a leaf made without a label: ${name}.label should be ''; got ${show(leaf.label as never)}.`;
  }
  return undefined;
}

const graphCode = (program: Program) => {
  const names = program.leaves.map((_, i) => nameOf(i));
  return `${programCode(program, { backward: false })}\nconsole.log(${names.flatMap((v) => [`${v}.prev`, `${v}.op`]).join(', ')});`;
};

export default defineChecks<Learner>([
  // The lesson's own numbers first: they teach. The hidden cases after them hold the verdict.
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
    name: 'c = a.mul(b) remembers a and b themselves as its children (prev)',
    observe: ({ Value }) => {
      const a = new Value(2);
      const b = new Value(-3);
      const c = a.mul(b);
      const prev: unknown = c.prev;
      return { holdsBoth: Array.isArray(prev) && prev.length === 2 && prev.includes(a) && prev.includes(b), isNew: c !== a && c !== b };
    },
    expected: { holdsBoth: true, isNew: true },
    message: (got) =>
      (got as { isNew?: unknown }).isNew === false
        ? 'c is the same object as a or b: mul must return a new Value and leave its inputs as they were.'
        : 'c.prev should hold a and b — the Values themselves, so that the graph can be followed back to them.',
  },
  {
    name: 'a leaf has no children and no op',
    observe: ({ Value }) => {
      const a = new Value(2);
      return { children: a.prev.length, op: a.op };
    },
    expected: { children: 0, op: '' },
  },
  hidden({
    name: 'the constructor keeps what it is given: data, children, op and label',
    cases: made,
    observe: ({ Value }, { data, children, op, label }) => {
      const kids = children.map((x, i) => new Value(x, [], '', `k${i}`));
      const v = new Value(data, kids, op, label);
      const prev: unknown = v.prev;
      return {
        data: v.data,
        prev: Array.isArray(prev) ? prev.map((p) => kids.indexOf(p as never)).sort((x, y) => x - y) : String(prev),
        op: v.op,
        label: v.label,
      };
    },
    expected: ({ data, children, op, label }) => ({ data, prev: children.map((_, i) => i), op, label }),
    code: madeCode,
    message: (got, expected, input) => madeMismatch(got, expected as never, input),
  }),
  hidden({
    name: 'add and mul make a new Value that remembers its two inputs and its op, on graphs where a value is used twice',
    cases: graphs,
    observe: ({ Value }, program) => structureReport(program, asClass(Value), { add: '+', mul: '*' }),
    expected: (program) => program.steps.map(() => 'ok'),
    code: (program) => programCode(program, { backward: false }),
    message: (got) => firstProblem(got) && `${firstProblem(got)}.`,
  }),
  hidden({
    name: "every value's data is right on graphs of add and mul, and the values they are made from are left as they were",
    cases: graphs,
    observe: ({ Value }, program) => graphReport(program, asClass(Value)),
    expected: graphExpected,
    code: graphCode,
    message: (got, expected) => graphMismatch(got, expected as never),
  }),
]);
