// A neuron: tanh(w · x + b), with its weights and bias as Values so that backward() reaches them.
export class Neuron {
  w: Value[];
  b: Value;

  constructor(nin: number) {
    // Your code here: nin weights and a bias, uniform in [-1, 1).
    this.w = [];
    this.b = new Value(0);
  }

  forward(x: number[]): Value {
    // Your code here.
    return new Value(0);
  }

  parameters(): Value[] {
    // Your code here.
    return [];
  }
}

const n = new Neuron(2);
console.log(n.forward([2.0, 3.0]));
