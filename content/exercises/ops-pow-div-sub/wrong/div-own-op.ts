// Mistake: div is an op of its own, with a right derivative, where the prompt builds it out of mul and pow.
// (Written for the checks' audit by a helper who never saw the checks; every other check passes it.)
// Fails: "neg, sub and div are made of mul, add and pow" with "a.div(b) made a value with the op "/""
// add and mul are written. Write pow, then build neg, sub and div out of what exists.
// backward(c), given by the course, runs every value's backwardStep, each after every value that uses it.
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
    const out = new Value(this.data ** k, [this], "**" + k);
    out.backwardStep = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  neg(): Value {
    return this.mul(-1);
  }

  sub(other: Value | number): Value {
    return this.add(toValue(other).neg());
  }

  div(other: Value | number): Value {
    const that = toValue(other);
    const out = new Value(this.data / that.data, [this, that], '/');
    out.backwardStep = () => {
      this.grad += (1 / that.data) * out.grad;
      that.grad += (-this.data / that.data ** 2) * out.grad;
    };
    return out;
  }
}

const a = new Value(6);
const b = new Value(3);
console.log(a.add(b).data, a.mul(b).data);
const q = a.div(b);
backward(q);
console.log(q.data, a.grad, b.grad);
