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
    // Your code here.
    this.neurons = [];
  }
  forward(x: Array<Value | number>): Value | Value[] {
    // Your code here: every neuron on the same x; one neuron gives its Value itself.
    return [];
  }
  parameters(): Value[] {
    // Your code here.
    return [];
  }
}

export class MLP {
  layers: Layer[];
  constructor(nin: number, nouts: number[]) {
    // Your code here: layers from nin through each size in nouts.
    this.layers = [];
  }
  forward(x: Array<Value | number>): Value | Value[] {
    // Your code here.
    return [];
  }
  parameters(): Value[] {
    // Your code here.
    return [];
  }
}

const mlp = new MLP(3, [4, 4, 1]);
console.log(mlp.forward([2.0, 3.0, -1.0]), mlp.parameters().length);
