// Mistake: a layer of one neuron returns a list of one, not the Value itself as the lecture's does.
// Fails: "a layer of 4 neurons returns 4 Values; a layer of 1 returns the Value itself" with "its one neuron's Value itself, as the lecture's does; got "a list of 1""
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
    return this.neurons.map((n) => n.forward(x));
  }
  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }
}

export class MLP {
  layers: Layer[];
  constructor(nin: number, nouts: number[]) {
    const sizes = [nin, ...nouts];
    this.layers = nouts.map((_, i) => new Layer(sizes[i], sizes[i + 1]));
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
