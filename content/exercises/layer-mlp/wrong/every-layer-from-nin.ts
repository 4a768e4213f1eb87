// Mistake: every layer takes nin inputs, instead of the previous layer's size.
// Fails: "MLP(3, [4, 4, 1]) has layers of 4, 4 and 1 neurons" with "layer 1 should have 4 neurons of 4 inputs each; it has 4 neurons of 3 inputs"
// The reference solution: the lecture's Layer and MLP.
export class Neuron {
  w: Value[];
  b: Value;
  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(Math.random() * 2 - 1);
  }
  forward(x: Array<Value | number>): Value {
    let act = this.b;
    for (let i = 0; i < this.w.length; i++) act = act.add(this.w[i].mul(x[i]));
    return act.tanh();
  }
  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

export class Layer {
  neurons: Neuron[];
  constructor(nin: number, nout: number) {
    this.neurons = Array.from({ length: nout }, () => new Neuron(nin));
  }
  forward(x: Array<Value | number>): Value | Value[] {
    const outs = this.neurons.map((n) => n.forward(x));
    return outs.length === 1 ? outs[0] : outs;
  }
  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

export class MLP {
  layers: Layer[];
  constructor(nin: number, nouts: number[]) {
    const sizes = [nin, ...nouts];
    this.layers = nouts.map((nout) => new Layer(nin, nout));
  }
  forward(x: Array<Value | number>): Value | Value[] {
    let out: Value | Value[] = x as Value[];
    for (const layer of this.layers) out = layer.forward(Array.isArray(out) ? out : [out]);
    return out;
  }
  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }
}

const mlp = new MLP(3, [4, 4, 1]);
console.log(mlp.forward([2.0, 3.0, -1.0]), mlp.parameters().length);
