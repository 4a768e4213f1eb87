// A Value remembers the numbers it was made from.
const a = new Value(2.0, [], '', 'a');
const b = new Value(-3.0, [], '', 'b');
const c = a.mul(b);
c.label = 'c';

console.log(c);          // Value(data=-6.0): how the lecture's Python prints a Value
console.log(c.op);       // how c was made
console.log(c.prev);     // what c was made from
draw(c);
