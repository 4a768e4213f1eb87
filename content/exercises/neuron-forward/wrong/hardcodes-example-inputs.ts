// Mistake: an attempt to pass without solving — forward uses the example's inputs 2 and 3 whatever x is.
// Fails: "forward is tanh(w · x + b) for any number of inputs" with "should be"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    this.w = Array.from({ length: nin }, () => new Value(Math.random() * 2 - 1));
    this.b = new Value(Math.random() * 2 - 1);
  }

  forward(x: number[]): Value {
    let act = this.b;
    const example = [2.0, 3.0];
    for (let i = 0; i < this.w.length; i++) act = act.add(this.w[i].mul(example[i] ?? 0));
    return act.tanh();
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
