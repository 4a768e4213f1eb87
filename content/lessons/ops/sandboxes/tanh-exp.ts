// tanh squashes any number into (-1, 1); its slope there is 1 - tanh(x)².
for (const x of [-3, -1, 0, 0.5, 1, 3, 1000]) {
  const v = new Value(x);
  const t = v.tanh();
  t.backward();
  console.log(`tanh(${x}) = ${t.data.toFixed(4)}, slope ${v.grad.toFixed(4)}`);
}
// exp is its own derivative.
const x = new Value(1, [], '', 'x');
const e = x.exp();
e.label = 'e^x';
e.backward();
console.log('e^1 =', e.data, 'and its slope is', x.grad);
draw(e);
