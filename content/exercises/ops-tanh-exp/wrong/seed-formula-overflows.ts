// Mistake: the lecture's (e^2x - 1)/(e^2x + 1), which is Infinity/Infinity = NaN for large x.
// Fails: "tanh stays exact for large inputs" with "got NaN and -1"
// add and mul are written. Write tanh and exp, each with its local derivative.
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

  tanh(): Value {
    const e = Math.exp(2 * this.data);
    const t = (e - 1) / (e + 1);
    const out = new Value(t, [this], 'tanh');
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad; // d tanh(x)/dx = 1 - tanh(x)²
    };
    return out;
  }

  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], 'exp');
    out.backwardStep = () => {
      this.grad += out.data * out.grad; // d e^x/dx = e^x
    };
    return out;
  }
}

console.log(new Value(0.5).add(1).data);
