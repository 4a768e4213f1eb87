import { pythonRepr } from './format.ts';
import { topologicalOrder } from './graph.ts';
import { tanh } from './tanh.ts';

/** What an op accepts besides a Value: a plain number is wrapped, as the seed's `Value(other)` does. */
export type Operand = Value | number;

// Leaves share one empty list instead of allocating two per constant.
const NONE: readonly never[] = Object.freeze([]);

/**
 * A number that remembers how it was made: its children (`prev`), the op that combined them, and, for the
 * backward pass, the local derivative of this value with respect to each child.
 *
 * Where the seed stores a `_backward` closure per node, this engine stores the closure's one ingredient, the
 * local derivatives, as plain numbers beside the forward value: `backward()` then multiplies them by the
 * upstream gradient for every node alike. Same arithmetic, same results, but no closure per node, which is
 * what makes a training step several times faster (see engine/bench).
 */
export class Value {
  /** The number this node holds. */
  data: number;
  /** d(root)/d(this) after `root.backward()`; 0 until then. */
  grad = 0;
  /** A name for drawings and debugging, like the seed's `label`. */
  label: string;
  /** The op that made this value ('+', '*', '**2', 'tanh', …), or '' for a leaf. */
  readonly op: string;
  /** The values this one was computed from, in order (a value used twice appears twice). */
  readonly prev: readonly Value[];
  /** `localGrads[i]` is d(this)/d(prev[i]): the local derivative the chain rule multiplies by `grad`. */
  localGrads: readonly number[] = NONE;

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
    out.localGrads = [1, 1]; // d(a+b)/da = 1, d(a+b)/db = 1
    return out;
  }

  mul(other: Operand): Value {
    const that = toValue(other, 'mul');
    const out = new Value(this.data * that.data, [this, that], '*');
    out.localGrads = [that.data, this.data]; // d(a*b)/da = b, d(a*b)/db = a
    return out;
  }

  pow(k: number): Value {
    if (typeof k !== 'number') {
      throw new TypeError(`pow: only number exponents are supported, got ${describe(k)}`);
    }
    const out = new Value(this.data ** k, [this], `**${k}`);
    out.localGrads = [k * this.data ** (k - 1)]; // d(x^k)/dx = k·x^(k-1)
    return out;
  }

  tanh(): Value {
    const t = tanh(this.data); // correctly rounded, so the seed's o prints as 0.7071067811865476 (see tanh.ts)
    const out = new Value(t, [this], 'tanh');
    out.localGrads = [1 - t * t]; // d tanh(x)/dx = 1 - tanh(x)²
    return out;
  }

  exp(): Value {
    const e = Math.exp(this.data);
    const out = new Value(e, [this], 'exp');
    out.localGrads = [e]; // d e^x/dx = e^x
    return out;
  }

  log(): Value {
    const out = new Value(Math.log(this.data), [this], 'log');
    out.localGrads = [1 / this.data]; // d ln(x)/dx = 1/x
    return out;
  }

  relu(): Value {
    const x = this.data;
    const out = new Value(x < 0 ? 0 : x, [this], 'ReLU');
    out.localGrads = [x > 0 ? 1 : 0]; // d relu(x)/dx = 1 where x > 0, else 0
    return out;
  }

  // Derived ops: built from the ones above, so they need no derivative of their own.
  neg(): Value {
    return this.mul(-1); // -a = a * -1
  }

  sub(other: Operand): Value {
    return this.add(toValue(other, 'sub').neg()); // a - b = a + (-b)
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
   */
  backward(): void {
    const topo = topologicalOrder(this);
    for (const node of topo) if (node.prev.length > 0) node.grad = 0;
    this.grad += 1; // d(root)/d(root)
    for (let i = topo.length - 1; i >= 0; i--) {
      const node = topo[i];
      const { prev, localGrads, grad } = node;
      for (let j = 0; j < prev.length; j++) {
        prev[j].grad += localGrads[j] * grad; // local derivative × upstream gradient; += for reused values
      }
    }
  }

  /** The seed's repr: `Value(data=0.7071067811865476)`. */
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
