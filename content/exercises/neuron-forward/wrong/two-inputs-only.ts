// Mistake: forward written out for the example's two inputs, so a neuron of any other size is wrong (or throws).
// Fails: "forward is tanh(w · x + b) for any number of inputs" with "reading 'mul'"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(Math.random() * 2 - 1);
  }

  forward(x: number[]): Value {
    return this.w[0].mul(x[0]).add(this.w[1].mul(x[1])).add(this.b).tanh();
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
