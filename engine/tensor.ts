/**
 * A small torch-like tensor, enough to replay the seed's PyTorch demo and to show why its numbers differ
 * from micrograd's: PyTorch's default dtype is float32. Every float32 result is rounded to float32 exactly as
 * the hardware would (Math.fround), so the demo's printed digits come out bit for bit.
 *
 * Elementwise only: two tensors of the same shape, or a tensor and a number or one-element tensor.
 */
import { describe } from './value.ts';
import { twoProduct, twoSum } from './double-double.ts';
import { tanh as exactTanh } from './tanh.ts';

export type DType = 'torch.float32' | 'torch.float64';

/** A tensor's shape, printed as PyTorch prints it: `torch.Size([2, 3])`. */
export class Size extends Array<number> {
  override toString(): string {
    return `torch.Size([${this.join(', ')}])`;
  }
}

type Nested = number | Nested[];
type TensorLike = Tensor | number;

const identity = (x: number) => x;
const round = (dtype: DType) => (dtype === 'torch.float32' ? Math.fround : identity);

export class Tensor {
  /** The values, in row-major order; for float32 each is a float32 number held in a double. */
  readonly data: number[];
  readonly shape: Size;
  readonly dtype: DType;
  /** Set it to true on a leaf to have backward() fill its `grad`, as PyTorch's `requires_grad`. */
  requiresGrad = false;
  /** The gradient after backward(), or null; it accumulates over calls, as in PyTorch. */
  grad: Tensor | null = null;
  /** The op that made this tensor (PyTorch's grad_fn), or '' for a leaf. */
  readonly op: string;
  readonly prev: readonly Tensor[];
  /** Turns this tensor's gradient into each input's gradient contribution. */
  private readonly gradFn: (grad: number[]) => number[][];

  constructor(data: number[], shape: number[], dtype: DType, op = '', prev: Tensor[] = [], gradFn: (g: number[]) => number[][] = () => []) {
    this.data = data.map(round(dtype));
    this.shape = Size.from(shape) as Size;
    this.dtype = dtype;
    // As in PyTorch, a result of inputs that need no gradient is a leaf of its own (no grad_fn): setting
    // requiresGrad on `torch.Tensor([2.0]).double()` makes the float64 copy the leaf that gets the grad.
    const tracked = prev.some((p) => p.requiresGrad);
    this.op = tracked ? op : '';
    this.prev = tracked ? prev : [];
    this.gradFn = gradFn;
    this.requiresGrad = tracked;
  }

  /** A copy in float64: the values are unchanged (a float32 number is a double already). */
  double(): Tensor {
    return this.cast('torch.float64');
  }

  /** A copy in float32: each value rounded to the nearest float32. */
  float(): Tensor {
    return this.cast('torch.float32');
  }

  add(other: TensorLike): Tensor {
    return this.binary(other, 'add', (a, b) => a + b, (g) => [g, g]); // d(a+b)/da = d(a+b)/db = 1
  }

  sub(other: TensorLike): Tensor {
    return this.binary(other, 'sub', (a, b) => a - b, (g) => [g, -g]);
  }

  mul(other: TensorLike): Tensor {
    return this.binary(other, 'mul', (a, b) => a * b, (g, a, b) => [g * b, g * a]); // d(ab)/da = b, d(ab)/db = a
  }

  div(other: TensorLike): Tensor {
    return this.binary(other, 'div', (a, b) => a / b, (g, a, b) => [g / b, (-g * a) / b / b]);
  }

  neg(): Tensor {
    return this.unary('neg', (x) => -x, (g) => -g);
  }

  pow(k: number): Tensor {
    if (typeof k !== 'number') throw new TypeError(`pow: only number exponents are supported, got ${describe(k)}`);
    return this.unary('pow', (x) => x ** k, (g, x) => g * k * x ** (k - 1));
  }

  tanh(): Tensor {
    return this.unary('tanh', exactTanh, (g, _x, t, r) => r(g * oneMinusSquare(t, r))); // d tanh/dx = 1 - tanh²
  }

  exp(): Tensor {
    return this.unary('exp', Math.exp, (g, _x, e) => g * e);
  }

  /** The sum of all elements, as a one-element tensor. */
  sum(): Tensor {
    const r = round(this.dtype);
    const total = this.data.reduce((s, x) => r(s + x), 0);
    return new Tensor([total], [], this.dtype, 'sum', [this], (g) => [this.data.map(() => g[0])]);
  }

  /** The value of a one-element tensor as a plain number, like PyTorch's `.item()`. */
  item(): number {
    if (this.data.length !== 1) throw new TypeError(`item: only a one-element tensor has an item, this one has ${this.data.length}`);
    return this.data[0];
  }

  /** Gradients of this one-element tensor with respect to every tensor with requiresGrad that it came from. */
  backward(): void {
    if (this.data.length !== 1) throw new TypeError(`backward: only a one-element tensor can start backward, this one has ${this.data.length}`);
    const order: Tensor[] = [];
    const seen = new Set<Tensor>();
    const stack: Array<[Tensor, number]> = [[this, 0]];
    seen.add(this);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, i] = top;
      if (i < node.prev.length) {
        top[1]++;
        const child = node.prev[i];
        if (child.requiresGrad && !seen.has(child)) {
          seen.add(child);
          stack.push([child, 0]);
        }
      } else {
        stack.pop();
        order.push(node);
      }
    }
    const grads = new Map<Tensor, number[]>([[this, [1]]]);
    for (const node of order.reverse()) {
      const g = grads.get(node)!;
      if (node.prev.length === 0) {
        node.accumulate(g);
        continue;
      }
      node.gradFn(g).forEach((contribution, i) => {
        const input = node.prev[i];
        if (!input.requiresGrad) return;
        const r = round(input.dtype);
        const summed = sumTo(contribution.map(r), input.data.length);
        const before = grads.get(input);
        grads.set(input, before ? before.map((b, j) => r(b + summed[j])) : summed);
      });
    }
  }

  /** PyTorch's repr: `tensor([2.], dtype=torch.float64, requires_grad=True)`. */
  toString(): string {
    const extras = [
      this.dtype === 'torch.float64' ? 'dtype=torch.float64' : '',
      this.op ? `grad_fn=<${GRAD_FN_NAMES[this.op] ?? this.op}>` : this.requiresGrad ? 'requires_grad=True' : '',
    ].filter(Boolean);
    return `tensor(${formatData(this.data, [...this.shape])}${extras.map((e) => `, ${e}`).join('')})`;
  }

  private accumulate(g: number[]): void {
    const r = round(this.dtype);
    const before = this.grad?.data;
    this.grad = new Tensor(before ? before.map((b, i) => r(b + g[i])) : g, [...this.shape], this.dtype);
  }

  private cast(dtype: DType): Tensor {
    return new Tensor(this.data, [...this.shape], dtype, dtype === this.dtype ? '' : 'to', [this], (g) => [g]);
  }

  /** An elementwise op of one input; `df` gets the dtype's rounding, so each float32 step can be rounded. */
  private unary(op: string, f: (x: number) => number, df: (g: number, x: number, y: number, r: (x: number) => number) => number): Tensor {
    const r = round(this.dtype);
    const out = this.data.map((x) => r(f(x)));
    return new Tensor(out, [...this.shape], this.dtype, op, [this], (g) => [g.map((gi, i) => r(df(gi, this.data[i], out[i], r)))]);
  }

  private binary(other: TensorLike, op: string, f: (a: number, b: number) => number, df: (g: number, a: number, b: number) => [number, number]): Tensor {
    const that = toTensor(other, op, this.dtype);
    // Type promotion as in PyTorch: float64 wins; a plain number takes the tensor's dtype.
    const dtype: DType = this.dtype === 'torch.float64' || that.dtype === 'torch.float64' ? 'torch.float64' : 'torch.float32';
    const r = round(dtype);
    const n = Math.max(this.data.length, that.data.length);
    if (this.data.length !== that.data.length && this.data.length !== 1 && that.data.length !== 1) {
      throw new TypeError(`${op}: shapes ${this.shape} and ${that.shape} do not match (only elementwise, or with one element)`);
    }
    const a = (i: number) => this.data[this.data.length === 1 ? 0 : i];
    const b = (i: number) => that.data[that.data.length === 1 ? 0 : i];
    const shape = this.data.length >= that.data.length ? [...this.shape] : [...that.shape];
    const out = Array.from({ length: n }, (_, i) => r(f(a(i), b(i))));
    return new Tensor(out, shape, dtype, op, [this, that], (g) => {
      const pairs = g.map((gi, i) => df(gi, a(i), b(i)).map(r));
      return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    });
  }
}

/**
 * 1 - t², rounded once, as PyTorch's tanh backward computes it (a fused multiply-add). Rounding t² first
 * would make the seed's float64 gradients one unit off (0.4999999999999999 instead of 0.49999999999999994).
 */
function oneMinusSquare(t: number, r: (x: number) => number): number {
  if (r !== identity) return r(1 - t * t); // float32: t² and 1 - t² are exact in a double; one rounding
  const [square, squareError] = twoProduct(t, t);
  const [difference, differenceError] = twoSum(1, -square);
  return difference + (differenceError - squareError);
}

const GRAD_FN_NAMES: Record<string, string> = {
  add: 'AddBackward0',
  sub: 'SubBackward0',
  mul: 'MulBackward0',
  div: 'DivBackward0',
  neg: 'NegBackward0',
  pow: 'PowBackward0',
  tanh: 'TanhBackward0',
  exp: 'ExpBackward0',
  sum: 'SumBackward0',
  to: 'ToCopyBackward0',
};

/** A gradient for a broadcast one-element input is the sum of the contributions. */
function sumTo(contribution: number[], length: number): number[] {
  return length === 1 && contribution.length > 1 ? [contribution.reduce((s, x) => s + x, 0)] : contribution;
}

function toTensor(x: unknown, op: string, dtype: DType): Tensor {
  if (x instanceof Tensor) return x;
  if (typeof x === 'number') return new Tensor([x], [], dtype);
  throw new TypeError(`${op}: expected a Tensor or a number, got ${describe(x)}`);
}

/** PyTorch's number layout: `[2.]` when every value is whole, else 4 decimals, or scientific for extremes. */
function formatData(data: number[], shape: number[]): string {
  const finite = data.filter(Number.isFinite).map(Math.abs);
  const whole = finite.every(Number.isInteger);
  const max = Math.max(0, ...finite);
  const minNonZero = Math.min(...finite.filter((x) => x > 0));
  const scientific = !whole && (max >= 1e8 || minNonZero < 1e-4 || max / minNonZero > 1000);
  const one = (x: number) => {
    if (Number.isNaN(x)) return 'nan';
    if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
    if (whole) return `${x.toFixed(0)}.`;
    if (scientific) return x.toExponential(4).replace(/e([+-])(\d)$/, 'e$10$2');
    return x.toFixed(4);
  };
  const cells = data.map(one);
  const width = Math.max(...cells.map((c) => c.length));
  const padded = cells.map((c) => c.padStart(width));
  if (shape.length === 0) return padded[0];
  if (shape.length === 1) return `[${padded.join(', ')}]`;
  const [rows, cols] = [shape[0], data.length / shape[0]];
  const lines = Array.from({ length: rows }, (_, r) => `[${padded.slice(r * cols, (r + 1) * cols).join(', ')}]`);
  return `[${lines.join(',\n        ')}]`;
}

/** `torch.Tensor([...])`: float32 (PyTorch's default), from numbers or nested arrays of numbers. */
function fromNested(values: Nested, dtype: DType): Tensor {
  const shape: number[] = [];
  let level: Nested = values;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const flat: unknown[] = [];
  const collect = (v: Nested): void => void (Array.isArray(v) ? v.forEach(collect) : flat.push(v));
  collect(values);
  const bad = flat.find((x) => typeof x !== 'number');
  if (bad !== undefined) throw new TypeError(`Tensor: expected numbers, got ${describe(bad)}`);
  return new Tensor(flat as number[], shape, dtype);
}

/** The part of PyTorch the seed's demo uses. */
export const torch = {
  /** `torch.Tensor([2.0])`: a float32 tensor. */
  Tensor: (values: Nested) => fromNested(values, 'torch.float32'),
  /** `torch.tensor([2.0], dtype)`: with the dtype chosen (float32 unless said). */
  tensor: (values: Nested, dtype: DType = 'torch.float32') => fromNested(values, dtype),
  tanh: (t: Tensor) => t.tanh(),
  exp: (t: Tensor) => t.exp(),
  float32: 'torch.float32' as const,
  float64: 'torch.float64' as const,
};
