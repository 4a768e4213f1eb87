// Mistake: divides by multiplying by b instead of by b^-1.
// Fails: "a.div(b) is a / b" with "should be 2; got 18"
// The reference solution: pow with its backward; neg, sub and div built from mul, add and pow.
const toValue = (x: Value | number) => (x instanceof Value ? x : new Value(x));

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
    const that = toValue(other);
    const out = new Value(this.data + that.data, [this, that], '+');
    out.backwardStep = () => {
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  mul(other: Value | number): Value {
    const that = toValue(other);
    const out = new Value(this.data * that.data, [this, that], '*');
    out.backwardStep = () => {
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
  }

  pow(k: number): Value {
    const out = new Value(this.data ** k, [this], `**${k}`);
    out.backwardStep = () => {
      this.grad += k * this.data ** (k - 1) * out.grad; // d(x^k)/dx = k x^(k-1)
    };
    return out;
  }

  neg(): Value {
    return this.mul(-1); // -a = a * -1
  }

  sub(other: Value | number): Value {
    return this.add(toValue(other).neg()); // a - b = a + (-b)
  }

  div(other: Value | number): Value {
    return this.mul(toValue(other)); // a / b = a * b^-1
  }
}

const a = new Value(6);
const b = new Value(3);
console.log(a.pow(2).data, a.sub(b).data, a.div(b).data);
