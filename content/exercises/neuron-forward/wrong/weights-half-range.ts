// Mistake: Math.random() - 0.5 draws from [-0.5, 0.5), half the range the lecture uses.
// Fails: "the weights are drawn uniformly from [-1, 1)" with "none is below -0.5"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() - 0.5));
    this.b = new Value(Math.random() - 0.5);
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

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
