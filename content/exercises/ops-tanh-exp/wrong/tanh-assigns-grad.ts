// Mistake: `=` instead of `+=` in tanh's backward, so a value used by tanh and elsewhere keeps only tanh's contribution.
// Fails: "every value and gradient is right on graphs of tanh" with ".grad should be"
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
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], 'tanh');
    out.backwardStep = () => {
      this.grad = (1 - t * t) * out.grad;
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

console.log(new Value(0.5).tanh().data, new Value(1).exp().data);
