// Mistake: `=` instead of `+=` in the backward step, so a value used twice keeps only one contribution.
// Fails: "every value and gradient is right" with "a.grad should be 81; got 40."
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
    out.backwardStep = () => {
      this.grad = that.data * out.grad;
      that.grad = this.data * out.grad;
    };
    return out;
  }
}

// Try it: Run prints this, Check grades it.
const a = new Value(2);
const b = new Value(-3);
const c = a.mul(b);
backward(c);
console.log(c.data, a.grad, b.grad);
