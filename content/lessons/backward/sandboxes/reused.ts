// A value used twice gets a contribution from each use.
const a = new Value(3.0, [], '', 'a');
const b = a.add(a);
b.label = 'b';
b.backward();
console.log('a.grad =', a.grad, '(db/da = 2)');

// And gradients stay until you reset them: run backward() again and they add up.
b.backward();
console.log('after a second backward():', a.grad);
a.grad = 0; // what zeroGrad() does for every parameter
draw(b, { step: true }); // step through it: a receives two contributions in one step
