// RMSNorm: divide a vector by its root mean square, so its numbers have a typical size of 1.
const x = [3, -1, 2].map((v, i) => new Value(v, [], '', `x${i}`));
const out = rmsnorm(x);
const rms = (v: Value[]) => Math.sqrt(v.reduce((s, xi) => s + xi.data * xi.data, 0) / v.length);
console.log('x:       ', x.map((v) => v.data), 'root mean square', rms(x).toFixed(4));
console.log('rmsnorm: ', out.map((v) => v.data.toFixed(4)), 'root mean square', rms(out).toFixed(4));

// One output depends on every input, through the mean square.
out[0].label = 'out0';
out[0].backward();
console.log('d out0 / d x:', x.map((v) => v.grad.toFixed(4)));
draw(out[0]);
