// Mistake: add doubles the gradient when both inputs are the same value and assigns otherwise, which fixes
// a + a but not a value used by two different ops.
// Fails: "every value and gradient is right" with "a value used by two ops keeps only the last"
// b = a + a should give a.grad = 2. This Value gives 1: find out why, and fix it.
export class Value {
  data: number;
  grad = 0;
  prev: Value[];
  backwardStep: () => void = () => {};

  constructor(data: number, children: Value[] = []) {
    this.data = data;
    this.prev = children;
  }

  add(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + that.data, [this, that]);
    out.backwardStep = () => {
      if (this === that) {
        this.grad = 2 * out.grad;
      } else {
        this.grad = out.grad;
        that.grad = out.grad;
      }
    };
    return out;
  }

  mul(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * that.data, [this, that]);
    out.backwardStep = () => {
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
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

const a = new Value(3);
const b = a.add(a);
b.backward();
console.log('a.grad =', a.grad, '(should be 2)');
