// Mistake: pushes all of a value's unvisited inputs at once and marks them visited when pushed, so an input
// still waiting on the stack counts as done and a value that uses it can go into the order after it.
// Fails: "every value's gradient is right" with "counts a value as done as soon as it is on the stack"
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
    const stack: Value[] = [this];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      const fresh = node.prev.filter((child) => !visited.has(child));
      if (fresh.length > 0) {
        for (const child of fresh) {
          if (!visited.has(child)) stack.push(child);
          visited.add(child);
        }
      } else {
        stack.pop();
        topo.push(node);
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
