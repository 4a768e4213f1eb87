// Mistake: the op is written onto the input instead of the new Value, which gets it only by copying afterwards.
// Fails: "add and mul make a new Value" with ".op should be '*'; got"
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
    this.op = '+';
    return new Value(this.data + other.data, [this, other], this.op);
  }

  mul(other: Value): Value {
    this.op = '*';
    return new Value(this.data * other.data, [this, other], this.op);
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
