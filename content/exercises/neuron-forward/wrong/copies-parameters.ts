// Mistake: parameters() returns new Values with the same numbers, so training would change copies.
// Fails: "parameters() returns the weights and the bias themselves" with "new Values with the numbers of its weights"
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
    return [...this.w, this.b].map((p) => new Value(p.data));
  }
}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
