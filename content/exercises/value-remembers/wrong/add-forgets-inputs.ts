// Mistake: add records its op but not its inputs: only mul was written with children.
// Fails: "add and mul make a new Value" with ".prev should hold"
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
    return new Value(this.data + other.data, [], '+');
  }

  mul(other: Value): Value {
    return new Value(this.data * other.data, [this, other], '*');
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
