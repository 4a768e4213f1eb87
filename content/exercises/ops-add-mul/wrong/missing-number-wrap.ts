// Mistake: a plain number is not wrapped in a Value, so `that.data` is undefined.
// Fails: "a plain number works: new Value(2).mul(3).data is 6" with "is a plain number wrapped in a Value"
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
    const that = other as Value;
    const out = new Value(this.data * that.data, [this, that], '*');
    out.backwardStep = () => {
      this.grad += that.data * out.grad; // d(a·b)/da = b
      that.grad += this.data * out.grad; // d(a·b)/db = a
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
