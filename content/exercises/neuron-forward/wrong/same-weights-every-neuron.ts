// Mistake: a little random generator seeded anew in every constructor, so every Neuron gets the same weights.
// Fails: "the weights are drawn uniformly from [-1, 1), anew for each neuron" with "the same numbers every time?"
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    let state = 42;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    this.w = Array.from({ length: nin }, () => new Value(random() * 2 - 1));
    this.b = new Value(random() * 2 - 1);
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
