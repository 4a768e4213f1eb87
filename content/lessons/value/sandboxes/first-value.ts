// A Value remembers the numbers it was made from.
const a = new Value(2.0, [], '', 'a');
const b = new Value(-3.0, [], '', 'b');
const c = a.mul(b);
c.label = 'c';

console.log(c);          // the seed's repr
console.log(c.op);       // how c was made
console.log(c.prev);     // what c was made from
draw(c);
