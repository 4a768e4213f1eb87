// Mistake: remembers the inputs' numbers instead of the input Values, so the graph cannot be followed back.
// Fails: "c = a.mul(b) remembers a and b themselves" with "the Values themselves"
// The reference solution: a Value keeps its data, children, op and label; add and mul record theirs.
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
    return new Value(this.data + other.data, [this, other], '+');
  }

  mul(other: Value): Value {
    return new Value(this.data * other.data, [new Value(this.data), new Value(other.data)], '*');
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
