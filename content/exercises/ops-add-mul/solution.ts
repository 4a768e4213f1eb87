// The reference solution: mul beside add, each with its local derivatives.
// Stryker disable all: the starter gives everything but mul.
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

  // Stryker restore all
  mul(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * that.data, [this, that], '*');
    out.backwardStep = () => {
      this.grad += that.data * out.grad; // d(a·b)/da = b
      that.grad += this.data * out.grad; // d(a·b)/db = a
    };
    return out;
  }
}

// Stryker disable all: the try-it code, as in the starter; the checks do not read what it prints.
// Try it: Run prints this, Check grades it.
const a = new Value(2);
const b = new Value(-3);
const c = a.mul(b);
backward(c);
console.log(c.data, a.grad, b.grad);
