// Mistake: `=` instead of `+=` in the backward step, so a value used twice keeps only one contribution.
// Fails: "every value and gradient is right" with "a.grad should be 81; got 40."
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
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data + that.data, [this, that], '+');
    out.backwardStep = () => {
      this.grad += 1 * out.grad; // d(a+b)/da = 1
      that.grad += 1 * out.grad; // d(a+b)/db = 1
    };
    return out;
  }

  mul(other: Value | number): Value {
    const that = other instanceof Value ? other : new Value(other);
    const out = new Value(this.data * that.data, [this, that], '*');
    out.backwardStep = () => {
      this.grad = that.data * out.grad;
      that.grad = this.data * out.grad;
    };
    return out;
  }

  /** Chain rule over the whole graph, each node after everything that uses it. */
  backward(): void {
    const topo: Value[] = [];
    const visited = new Set<Value>();
    const stack: Array<[Value, number]> = [[this, 0]];
    visited.add(this);
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

// Try it: Run prints this, Check grades it.
const a = new Value(2);
const b = new Value(-3);
const c = a.mul(b);
c.backward();
console.log(c.data, a.grad, b.grad);
