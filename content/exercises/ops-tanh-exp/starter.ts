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
    // Your code here.
    throw new Error('tanh is not written yet');
  }

  exp(): Value {
    // Your code here.
    throw new Error('exp is not written yet');
  }

  backward(): void {
    const topo: Value[] = [];
    const visited = new Set<Value>([this]);
    const stack: Array<[Value, number]> = [[this, 0]];
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
    this.grad = 1;
    for (const node of topo.reverse()) node.backwardStep();
  }
}

console.log(new Value(0.5).add(1).data);
