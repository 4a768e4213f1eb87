// Mistake: returns the lesson's numbers instead of computing them: -1 and -6 are what 2 and -3 give.
// Fails: "every value's data is right" with ".data should be"
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
    return new Value(-1, [this, other], '+');
  }

  mul(other: Value): Value {
    return new Value(-6, [this, other], '*');
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
