import { pythonRepr } from './format.ts';
import { topologicalOrder } from './graph.ts';
import { tanh } from './tanh.ts';

/** What an op accepts besides a Value: a plain number is wrapped, as the lecture's `Value(other)` does. */
export type Operand = Value | number;

// Leaves share one empty list of children instead of allocating one per constant.
const NONE: readonly never[] = Object.freeze([]);

/** An op's local derivatives: d(out)/d(out.prev[i]) for each input, from the values' data. */
export type LocalGrads = (out: Value) => number[];

const leafGrads: LocalGrads = () => [];

/**
 * A number that remembers how it was made: its children (`prev`), the op that combined them, and how to get
 * the op's local derivatives, which the chain rule in `backward()` multiplies by the upstream gradient.
 *
 * The seed gives every node its own `_backward` closure and a tuple of children. A training step allocates a
 * whole graph and much of its time goes to the garbage collector, so a value here allocates as little as it
 * can: each op has one local-derivative function, written beside it and shared by every value that op makes,
 * and a value keeps its one or two children in fields of its own (engine/bench has the figures).
 */
export class Value {
  /** The number this node holds. */
  data: number;
  /** d(root)/d(this) after `root.backward()`; 0 until then. */
  grad = 0;
  /** A name for drawings and debugging, like the lecture's `label`. */
  label: string;
  /** The op that made this value ('+', '*', '**2', 'tanh', …), or '' for a leaf. */
  readonly op: string;
  /**
   * @internal The values this one was computed from: every op has one input or two, so two fields (`prev`
   * lists them) rather than an array, which would be a second object per value. Without it a GPT training step
   * takes about a third less time in Chromium and half in Node: less to allocate and collect, one object less
   * to visit per value (engine/bench).
   */
  first: Value | undefined = undefined;
  /** @internal The second input of a two-input op (see `first`). */
  second: Value | undefined = undefined;
  /** The op's local derivatives: `localGrads(v)[i]` is d(v)/d(v.prev[i]). */
  localGrads: LocalGrads = leafGrads;
  /**
   * @internal How far the last topological sort that reached this value got with it (graph.ts). A mark on the
   * node instead of a `visited` Set: the Set's hashing was two thirds of a training step's time (engine/bench).
   */
  visitMark = 0;

  /**
   * A leaf: `new Value(2.0)`, or `new Value(2.0, [], '', 'a')` with a label. A value made by hand from others
   * lists them as `children`: one or two, like an op's inputs, and sets its `localGrads`.
   */
  constructor(data: number, children: readonly Value[] = NONE, op = '', label = '') {
    if (typeof data !== 'number') throw new TypeError(`Value: data must be a number, got ${describe(data)}`);
    this.data = data;
    if (children !== NONE) [this.first, this.second] = checkedChildren(children);
    this.op = op;
    this.label = label;
  }

  /** The values this one was computed from, in order (a value used twice appears twice): [a, b] for a.add(b). */
  get prev(): readonly Value[] {
    if (this.first === undefined) return NONE;
    return this.second === undefined ? [this.first] : [this.first, this.second];
  }

  /** What every op returns: the value it computed from its input or two, with the op's local derivatives. */
  private static fromOp(data: number, op: string, localGrads: LocalGrads, first: Value, second?: Value): Value {
    const out = new Value(data, NONE, op);
    out.first = first;
    out.second = second;
    out.localGrads = localGrads;
    return out;
  }

  add(other: Operand): Value {
    const that = toValue(other, 'add');
    return Value.fromOp(this.data + that.data, '+', Value.addGrads, this, that);
  }
  /** d(a+b)/da = 1, d(a+b)/db = 1 */
  private static readonly addGrads: LocalGrads = () => [1, 1];

  mul(other: Operand): Value {
    const that = toValue(other, 'mul');
    return Value.fromOp(this.data * that.data, '*', Value.mulGrads, this, that);
  }
  /** d(a*b)/da = b, d(a*b)/db = a */
  private static readonly mulGrads: LocalGrads = ({ prev: [a, b] }) => [b.data, a.data];

  pow(k: number): Value {
    if (typeof k !== 'number') {
      throw new TypeError(`pow: only number exponents are supported, got ${describe(k)}`);
    }
    // d(x^k)/dx = k·x^(k-1). The one op whose derivative needs a number of its own (k), so a closure keeps it.
    return Value.fromOp(this.data ** k, `**${k}`, ({ prev: [x] }) => [k * x.data ** (k - 1)], this);
  }

  tanh(): Value {
    // Correctly rounded, so that the seed's o prints as 0.7071067811865476 (see tanh.ts).
    return Value.fromOp(tanh(this.data), 'tanh', Value.tanhGrads, this);
  }
  /** d tanh(x)/dx = 1 - tanh(x)² */
  private static readonly tanhGrads: LocalGrads = ({ data: t }) => [1 - t * t];

  exp(): Value {
    return Value.fromOp(Math.exp(this.data), 'exp', Value.expGrads, this);
  }
  /** d e^x/dx = e^x */
  private static readonly expGrads: LocalGrads = ({ data: e }) => [e];

  log(): Value {
    return Value.fromOp(Math.log(this.data), 'log', Value.logGrads, this);
  }
  /** d ln(x)/dx = 1/x */
  private static readonly logGrads: LocalGrads = ({ prev: [x] }) => [1 / x.data];

  relu(): Value {
    return Value.fromOp(this.data < 0 ? 0 : this.data, 'ReLU', Value.reluGrads, this);
  }
  /** d relu(x)/dx = 1 where x > 0, else 0 */
  private static readonly reluGrads: LocalGrads = ({ prev: [x] }) => [x.data > 0 ? 1 : 0];

  // Derived ops: built from the ones above, so they need no derivative of their own.
  neg(): Value {
    return this.mul(-1); // -a = a * -1
  }

  sub(other: Operand): Value {
    return this.add(typeof other === 'number' ? -other : toValue(other, 'sub').neg()); // a - b = a + (-b)
  }

  div(other: Operand): Value {
    return this.mul(toValue(other, 'div').pow(-1)); // a / b = a * b^-1
  }

  /**
   * Fills in `grad` of every value this one depends on: the chain rule applied in reverse topological order,
   * so each node's gradient is complete before it is passed on to its children.
   *
   * Leaves (values made with `new Value`) accumulate across calls, as PyTorch's `.grad` does: call
   * `zeroGrad()` between training steps. Computed values start from zero on every call, so calling
   * `backward()` twice exactly doubles each leaf's gradient (micrograd would also re-send the gradients that
   * its intermediate nodes kept from the first call).
   *
   * `onStep`, if given, is called for each node just before it passes its gradient on (see traceBackward).
   */
  backward(onStep?: (node: Value, local: readonly number[]) => void): void {
    const topo = topologicalOrder(this);
    for (const node of topo) if (node.first !== undefined) node.grad = 0;
    this.grad += 1; // d(root)/d(root)
    for (let i = topo.length - 1; i >= 0; i--) {
      const node = topo[i];
      const { grad } = node;
      // The trade: + and × are nearly every node of a network, and calling their localGrads costs more than
      // their arithmetic (a call the JIT cannot inline at this spot, which sees every op, and an array per
      // call): a training step took 1.3–1.4x as long (engine/bench). So their chain rule is written out here,
      // from addGrads' and mulGrads' derivatives (a test holds the two to the same results); a traced pass
      // (onStep) asks localGrads like every other op.
      if (node.localGrads === Value.addGrads && !onStep) {
        node.first!.grad += grad; // d(a+b)/da = 1
        node.second!.grad += grad; // d(a+b)/db = 1
        continue;
      }
      if (node.localGrads === Value.mulGrads && !onStep) {
        const a = node.first!;
        const b = node.second!;
        a.grad += b.data * grad; // d(a*b)/da = b
        b.grad += a.data * grad; // d(a*b)/db = a
        continue;
      }
      const local = node.localGrads(node);
      onStep?.(node, local); // lets traceBackward record the real pass, step by step
      const { prev } = node;
      for (let j = 0; j < local.length; j++) {
        prev[j].grad += local[j] * grad; // local derivative × upstream gradient; += for reused values
      }
    }
  }

  /** How the lecture's Python prints a Value: `Value(data=0.7071067811865476)`. */
  toString(): string {
    return `Value(data=${pythonRepr(this.data)})`;
  }
}

/** The children a learner passed to `new Value`, as its two inputs: an op has one or two. */
function checkedChildren(children: unknown): [Value | undefined, Value | undefined] {
  if (!Array.isArray(children)) throw new TypeError(`Value: children must be an array of Values, got ${describe(children)}`);
  if (children.length > 2) throw new TypeError(`Value: a value is made from one or two others (an op's inputs), got ${children.length} children`);
  for (const child of children) {
    if (!(child instanceof Value)) throw new TypeError(`Value: children must be Values, got ${describe(child)}`);
  }
  return [children[0], children[1]];
}

/** Wraps a plain number in a Value, as the seed's `other if isinstance(other, Value) else Value(other)`. */
function toValue(x: unknown, op: string): Value {
  if (x instanceof Value) return x;
  if (typeof x === 'number') return new Value(x);
  throw new TypeError(`${op}: expected a Value or a number, got ${describe(x)}`);
}

/** Names what a learner passed, for error messages: `the string "3"`, `undefined`, `an object`. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  if (typeof x === 'string') return `the string ${JSON.stringify(x)}`;
  if (x instanceof Value) return `a Value (${x})`;
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  if (typeof x === 'object') return `an object (${x.constructor?.name ?? 'no prototype'})`;
  if (typeof x === 'function') return `a function${x.name ? ` (${x.name})` : ''}`;
  return `${typeof x === 'bigint' ? 'the bigint' : `a ${typeof x}`} ${String(x)}`;
}
