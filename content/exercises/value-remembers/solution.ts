// The reference solution: a Value keeps its data, children, op and label; add and mul record theirs.
export class Value {
  data: number;
  prev: Value[];
  op: string;
  label: string;

  // Stryker disable next-line all: the starter gives the signature and its defaults.
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
    return new Value(this.data * other.data, [this, other], '*');
  }
}

// Stryker disable all: the try-it code below is the starter's.
const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
