// Mistake: the ops change `this` and return it instead of making a new Value, so the input is lost.
// Fails: "c = a.mul(b) remembers a and b themselves" with "mul must return a new Value"
export class Value {
  data: number;
  prev: Value[];
  op: string;
  label: string;

  constructor(data: number, children: Value[] = [], op = '', label = '') {
    this.data = data;
    this.prev = children;
    this.op = op;
    this.label = label;
  }

  add(other: Value): Value {
    this.data = this.data + other.data;
    this.prev = [this, other];
    this.op = '+';
    return this;
  }

  mul(other: Value): Value {
    this.data = this.data * other.data;
    this.prev = [this, other];
    this.op = '*';
    return this;
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
