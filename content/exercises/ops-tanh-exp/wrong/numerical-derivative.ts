// Mistake: tanh's and exp's local derivatives estimated by a central difference instead of derived: off by about h²/6.
// Fails: "tanh's and exp's data and gradient for any input" with "should be"
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
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], 'tanh');
    out.backwardStep = () => {
      this.grad += ((Math.tanh(this.data + 1e-5) - Math.tanh(this.data - 1e-5)) / 2e-5) * out.grad;
    };
    return out;
  }

  exp(): Value {
    const out = new Value(Math.exp(this.data), [this], 'exp');
    out.backwardStep = () => {
      this.grad += ((Math.exp(this.data + 1e-5) - Math.exp(this.data - 1e-5)) / 2e-5) * out.grad;
    };
    return out;
  }
}

console.log(new Value(0.5).add(1).data);
