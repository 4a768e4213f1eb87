// A Value that remembers how it was made. `add` is written; write `mul` the same way.
// backward(c), given by the course, runs every value's backwardStep, each after every value that uses it.
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
    // Your code here: the forward value a·b, and its backward step.
    throw new Error('mul is not written yet');
  }
}

// Try it: Run prints this, Check grades it.
const a = new Value(2);
const b = new Value(-3);
const c = a.add(b);
backward(c);
console.log(c.data, a.grad, b.grad);
