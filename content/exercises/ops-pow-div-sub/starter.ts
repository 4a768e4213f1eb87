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
    // Your code here: the forward value this.data ** k, and its backward step.
    throw new Error('pow is not written yet');
  }

  neg(): Value {
    throw new Error('neg is not written yet'); // -a = a * -1
  }

  sub(other: Value | number): Value {
    throw new Error('sub is not written yet'); // a - b = a + (-b)
  }

  div(other: Value | number): Value {
    throw new Error('div is not written yet'); // a / b = a * b^-1
  }
}

const a = new Value(6);
const b = new Value(3);
console.log(a.add(b).data, a.mul(b).data);
