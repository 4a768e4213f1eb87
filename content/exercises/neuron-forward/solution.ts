// The reference solution: the lecture's Neuron.
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(Math.random() * 2 - 1);
  }

  forward(x: number[]): Value {
    let act = this.b; // w · x + b, starting from the bias
    for (let i = 0; i < this.w.length; i++) act = act.add(this.w[i].mul(x[i]));
    return act.tanh();
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

// Stryker disable all: the try-it code, given by the starter.
const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
// Stryker restore all
