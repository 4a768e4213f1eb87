// Mistake: marks a value visited only when it goes into the order, so it pushes a value once per path to it: right gradients, exponential time.
// Fails: "each value is sorted once" with "it walked every path to each value"
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
    const topo: Value[] = [];
    const done = new Set<Value>();
    const stack: Array<[Value, number]> = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, i] = top;
      if (i < node.prev.length) {
        top[1] = i + 1;
        stack.push([node.prev[i], 0]);
      } else {
        stack.pop();
        if (!done.has(node)) { done.add(node); topo.push(node); }
      }
    }
    this.grad = 1;
    for (const node of topo.reverse()) node.backwardStep();
  }
}

const x = new Value(2, [], '', 'x');
const y = x.mul(x).add(1);
y.backward();
console.log('dy/dx at x = 2:', x.grad); // 4 when backward works
