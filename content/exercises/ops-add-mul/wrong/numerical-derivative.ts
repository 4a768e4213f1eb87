// Mistake: mul's local derivatives estimated with a finite difference instead of derived: close, never exact.
// Fails: "every value and gradient is right" with "should be"
// A Value that remembers how it was made. `add` is written; write `mul` the same way.
export class Value {
  data: number;
  grad = 0;
  prev: Value[];
  op: string;
  backwardStep: () => void = () => {};

  constructor(data: number, children: Value[] = [], op = '') {
    this.data = data;
    this.prev = children;
    this.op = op;
  }

  add(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + that.data, [this, that], '+');
    out.backwardStep = () => {
      this.grad += 1 * out.grad; // d(a+b)/da = 1
      that.grad += 1 * out.grad; // d(a+b)/db = 1
    };
    return out;
  }

  mul(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * that.data, [this, that], '*');
    const h = 1e-4;
    const f = (x: number, y: number) => x * y;
    out.backwardStep = () => {
      this.grad += ((f(this.data + h, that.data) - f(this.data, that.data)) / h) * out.grad;
      that.grad += ((f(this.data, that.data + h) - f(this.data, that.data)) / h) * out.grad;
    };
    return out;
  }
}

// Try it: Run prints this, Check grades it.
const a = new Value(2);
const b = new Value(-3);
console.log(a.add(b).data);
