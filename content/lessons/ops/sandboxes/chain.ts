// Plain numbers are wrapped into Values, so a.mul(2) works; for 2 * a, start from the number: new Value(2).mul(a).
const a = new Value(3.0, [], '', 'a');
const b = a.mul(2).add(1);
b.label = 'b';
const c = b.pow(2).sub(a).div(4);
c.label = 'c';
console.log(b, c);
draw(c);
