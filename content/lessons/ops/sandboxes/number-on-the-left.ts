// Python's 2 * a works because Python falls back to a.__rmul__(2) when int * Value fails.
// JavaScript has no operator overloading at all, so the method is always called on a Value:
const a = new Value(3.0, [], '', 'a');
const right = a.mul(2);                // a * 2: the number is wrapped inside mul
const left = new Value(2).mul(a);      // 2 * a: wrap the number yourself
console.log(right, left);

// Either way the number becomes a Value of its own: in the graph it is a leaf, next to a.
left.label = '2 * a';
draw(left);
