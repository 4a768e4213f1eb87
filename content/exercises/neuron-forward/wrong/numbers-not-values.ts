// Mistake: forward computes with the weights' numbers and Math.tanh, so nothing connects the output to the weights.
// Fails: "backward from the output reaches every weight and the bias" with "still has grad 0"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(Math.random() * 2 - 1);
  }

  forward(x: number[]): Value {
    let act = this.b.data;
    for (let i = 0; i < this.w.length; i++) act += this.w[i].data * x[i];
    return new Value(Math.tanh(act));
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
