// Mistake: the bias starts at 0 instead of being drawn like the weights.
// Fails: "the bias is drawn uniformly from [-1, 1) too" with "only 1 distinct number —"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(0);
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
