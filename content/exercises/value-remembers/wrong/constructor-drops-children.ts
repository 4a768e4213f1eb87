// Mistake: the constructor ignores the children it is given; add and mul set prev afterwards, so only Values made by an op remember theirs.
// Fails: "the constructor keeps what it is given" with "v.prev should hold the children it was given"
export class Value {
  data: number;
  prev: Value[];
  op: string;
  label: string;

  constructor(data: number, children: Value[] = [], op = '', label = '') {
    this.data = data;
    this.prev = [];
    this.op = op;
    this.label = label;
  }

  add(other: Value): Value {
    const out = new Value(this.data + other.data, [], '+');
    out.prev = [this, other];
    return out;
  }

  mul(other: Value): Value {
    const out = new Value(this.data * other.data, [], '*');
    out.prev = [this, other];
    return out;
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
