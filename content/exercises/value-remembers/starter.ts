// A number that remembers how it was made.
export class Value {
  data: number;
  prev: Value[];
  op: string;
  label: string;

  constructor(data: number, children: Value[] = [], op = '', label = '') {
    // Your code here: keep all four.
    this.data = data;
    this.prev = [];
    this.op = '';
    this.label = '';
  }

  add(other: Value): Value {
    // Your code here: the sum, remembering [this, other] and '+'.
    return new Value(this.data + other.data);
  }

  mul(other: Value): Value {
    // Your code here.
    return new Value(this.data * other.data);
  }
}

const a = new Value(2, [], '', 'a');
const b = new Value(-3, [], '', 'b');
const c = a.mul(b);
console.log(c.data, c.op, c.prev.map((v) => v.label));
