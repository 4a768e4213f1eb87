// Mistake: the order is right but the root's gradient is never set to 1, so every gradient stays 0.
// Fails: "backward() sets the root's gradient to 1" with "got 0"
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
    const visited = new Set<Value>([this]);
    const stack: Array<[node: Value, nextChild: number]> = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, i] = top;
      if (i < node.prev.length) {
        top[1] = i + 1;
        const child = node.prev[i];
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
      } else {
        stack.pop();
        topo.push(node);
      }
    }
    for (const node of topo.reverse()) node.backwardStep();
  }
}

const x = new Value(2, [], '', 'x');
const y = x.mul(x).add(1);
y.backward();
console.log('dy/dx at x = 2:', x.grad); // 4 when backward works
