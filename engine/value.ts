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
 * The seed gives every node its own `_backward` closure. Here each op has one local-derivative function,
 * written beside it and shared by every value that op makes, so a node costs no closure. A training step
 * allocates a whole graph and most of its time goes to the garbage collector: a smaller node is what makes
 * this engine 3-6x faster than a port with a closure per node (engine/bench).
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
  /** The values this one was computed from, in order (a value used twice appears twice). */
  readonly prev: readonly Value[];
  /** The op's local derivatives: `localGrads(v)[i]` is d(v)/d(v.prev[i]). */
  localGrads: LocalGrads = leafGrads;
  /**
   * @internal How far the last topological sort that reached this value got with it (graph.ts). A mark on the
   * node instead of a `visited` Set: the Set's hashing was two thirds of a training step's time (engine/bench).
   */
  visitMark = 0;

  constructor(data: number, children: readonly Value[] = NONE, op = '', label = '') {
    if (typeof data !== 'number') throw new TypeError(`Value: data must be a number, got ${describe(data)}`);
    this.data = data;
    this.prev = children;
    this.op = op;
    this.label = label;
  }

  add(other: Operand): Value {
    const that = toValue(other, 'add');
    const out = new Value(this.data + that.data, [this, that], '+');
    out.localGrads = Value.addGrads;
    return out;
  }
  /** d(a+b)/da = 1, d(a+b)/db = 1 */
  private static readonly addGrads: LocalGrads = () => [1, 1];

  mul(other: Operand): Value {
    const that = toValue(other, 'mul');
    const out = new Value(this.data * that.data, [this, that], '*');
    out.localGrads = Value.mulGrads;
    return out;
  }
  /** d(a*b)/da = b, d(a*b)/db = a */
  private static readonly mulGrads: LocalGrads = ({ prev: [a, b] }) => [b.data, a.data];

  pow(k: number): Value {
    if (typeof k !== 'number') {
      throw new TypeError(`pow: only number exponents are supported, got ${describe(k)}`);
    }
    const out = new Value(this.data ** k, [this], `**${k}`);
    // d(x^k)/dx = k·x^(k-1). The one op whose derivative needs a number of its own (k), so a closure keeps it.
    out.localGrads = ({ prev: [x] }) => [k * x.data ** (k - 1)];
    return out;
  }

  tanh(): Value {
    // Correctly rounded, so that the seed's o prints as 0.7071067811865476 (see tanh.ts).
    const out = new Value(tanh(this.data), [this], 'tanh');
    out.localGrads = Value.tanhGrads;
    return out;
  }
  /** d tanh(x)/dx = 1 - tanh(x)² */
  private static readonly tanhGrads: LocalGrads = ({ data: t }) => [1 - t * t];

  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], 'exp');
    out.localGrads = Value.expGrads;
    return out;
  }
  /** d e^x/dx = e^x */
  private static readonly expGrads: LocalGrads = ({ data: e }) => [e];

  log(): Value {
    const out = new Value(Math.log(this.data), [this], 'log');
    out.localGrads = Value.logGrads;
    return out;
  }
  /** d ln(x)/dx = 1/x */
  private static readonly logGrads: LocalGrads = ({ prev: [x] }) => [1 / x.data];

  relu(): Value {
    const out = new Value(this.data < 0 ? 0 : this.data, [this], 'ReLU');
    out.localGrads = Value.reluGrads;
    return out;
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
    for (const node of topo) if (node.prev.length > 0) node.grad = 0;
    this.grad += 1; // d(root)/d(root)
    for (let i = topo.length - 1; i >= 0; i--) {
      const node = topo[i];
      const { prev, grad } = node;
      // The trade: + and × are nearly every node of a network, and calling their localGrads costs more than
      // their arithmetic (a call the JIT cannot inline at this spot, which sees every op, and an array per
      // call): a training step took 1.3–1.4x as long (engine/bench). So their chain rule is written out here,
      // from addGrads' and mulGrads' derivatives (a test holds the two to the same results); a traced pass
      // (onStep) asks localGrads like every other op.
      if (node.localGrads === Value.addGrads && !onStep) {
        prev[0].grad += grad; // d(a+b)/da = 1
        prev[1].grad += grad; // d(a+b)/db = 1
        continue;
      }
      if (node.localGrads === Value.mulGrads && !onStep) {
        const [a, b] = prev;
        a.grad += b.data * grad; // d(a*b)/da = b
        b.grad += a.data * grad; // d(a*b)/db = a
        continue;
      }
      const local = node.localGrads(node);
      onStep?.(node, local); // lets traceBackward record the real pass, step by step
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
