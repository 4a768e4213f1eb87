/**
 * The in-process baseline for `npm run bench`: a straightforward port of the seed's Value, with a `_backward`
 * closure per node and a Set for the topological sort, plus the seed's MLP. It is what the engine would be
 * without its one design decision (local derivatives stored as numbers), timed beside it in the same process.
 */
export class ClosureValue {
  data: number;
  grad = 0;
  backwardStep: () => void = () => {};
  prev: Set<ClosureValue>;

  constructor(data: number, children: ClosureValue[] = []) {
    this.data = data;
    this.prev = new Set(children);
  }

  add(other: ClosureValue | number): ClosureValue {
    const that = other instanceof ClosureValue ? other : new ClosureValue(other);
    const out = new ClosureValue(this.data + that.data, [this, that]);
    out.backwardStep = () => {
      this.grad += out.grad;
      that.grad += out.grad;
    };
    return out;
  }

  mul(other: ClosureValue | number): ClosureValue {
    const that = other instanceof ClosureValue ? other : new ClosureValue(other);
    const out = new ClosureValue(this.data * that.data, [this, that]);
    out.backwardStep = () => {
      this.grad += that.data * out.grad;
      that.grad += this.data * out.grad;
    };
    return out;
  }

  pow(k: number): ClosureValue {
    const out = new ClosureValue(this.data ** k, [this]);
    out.backwardStep = () => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    };
    return out;
  }

  sub(other: ClosureValue | number): ClosureValue {
    return this.add(typeof other === 'number' ? -other : other.mul(-1));
  }

  tanh(): ClosureValue {
    const t = Math.tanh(this.data);
    const out = new ClosureValue(t, [this]);
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  relu(): ClosureValue {
    const out = new ClosureValue(this.data < 0 ? 0 : this.data, [this]);
    out.backwardStep = () => {
      this.grad += (out.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  backward(): void {
    const topo: ClosureValue[] = [];
    const visited = new Set<ClosureValue>();
    // Iterative like the engine's, so the comparison is about closures and Sets, not recursion.
    const stack: Array<[ClosureValue, Iterator<ClosureValue>]> = [[this, this.prev.values()]];
    visited.add(this);
    while (stack.length > 0) {
      const [node, children] = stack[stack.length - 1];
      const next = children.next();
      if (next.done) {
        stack.pop();
        topo.push(node);
      } else if (!visited.has(next.value)) {
        visited.add(next.value);
        stack.push([next.value, next.value.prev.values()]);
      }
    }
    this.grad = 1;
    for (let i = topo.length - 1; i >= 0; i--) topo[i].backwardStep();
  }
}

type Activation = 'tanh' | 'relu' | 'linear';

/** The seed's MLP over ClosureValue, loaded with given weights: `params[layer][neuron] = { w, b }`. */
export class ClosureMLP {
  layers: Array<Array<{ w: ClosureValue[]; b: ClosureValue; activation: Activation }>>;

  constructor(params: Array<Array<{ w: number[]; b: number }>>, hidden: Activation, output: Activation) {
    this.layers = params.map((layer, l) =>
      layer.map((p) => ({
        w: p.w.map((w) => new ClosureValue(w)),
        b: new ClosureValue(p.b),
        activation: l === params.length - 1 ? output : hidden,
      })),
    );
  }

  forward(x: Array<ClosureValue | number>): ClosureValue[] {
    let inputs = x;
    for (const layer of this.layers) {
      inputs = layer.map(({ w, b, activation }) => {
        let act = b;
        for (let i = 0; i < w.length; i++) act = act.add(w[i].mul(inputs[i]));
        return activation === 'tanh' ? act.tanh() : activation === 'relu' ? act.relu() : act;
      });
    }
    return inputs as ClosureValue[];
  }

  parameters(): ClosureValue[] {
    return this.layers.flatMap((layer) => layer.flatMap(({ w, b }) => [...w, b]));
  }
}
