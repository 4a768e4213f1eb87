// Mistake: a breadth-first order (root, its inputs, theirs, …) instead of a topological one: a value reached
// by a short path and a long one runs its step before the long path's contribution arrives.
// Fails: "every value's gradient is right" with "breadth-first"
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
    const order: Value[] = [this];
    const visited = new Set<Value>([this]);
    for (let i = 0; i < order.length; i++) {
      for (const child of order[i].prev) {
        if (!visited.has(child)) {
          visited.add(child);
          order.push(child);
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
