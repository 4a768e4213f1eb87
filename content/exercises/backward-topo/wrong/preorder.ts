// Mistake: a depth-first order taken as each value is first reached (pre-order), not once its inputs are
// done: a value used by a later branch runs its step too early.
// Fails: "every value's gradient is right" with "a pre-order (each value taken when it is first reached)"
// Every op is written, with its backward step. What is missing is backward() itself.
export class Value {
  data: number;
  grad = 0;
  prev: Value[];
  op: string;
  label: string;
  backwardStep: () => void = () => {};

  constructor(data: number, children: Value[] = [], op = '', label = '') {
    this.data = data;
    this.prev = children;
    this.op = op;
    this.label = label;
  }

  add(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + that.data, [this, that], '+');
    out.backwardStep = () => {
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  mul(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
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
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  backward(): void {
    const order: Value[] = [];
    const visited = new Set<Value>([this]);
    const stack: Value[] = [this];
    while (stack.length > 0) {
      const node = stack.pop()!;
      order.push(node);
      for (const child of node.prev) {
        if (!visited.has(child)) {
          visited.add(child);
          stack.push(child);
        }
      }
    }
    this.grad = 1;
    for (const node of order) node.backwardStep();
  }
}

const x = new Value(2, [], '', 'x');
const y = x.mul(x).add(1);
y.backward();
console.log('dy/dx at x = 2:', x.grad); // 4 when backward works
