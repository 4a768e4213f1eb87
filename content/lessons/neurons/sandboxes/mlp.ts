// The lecture's network: 3 inputs → 4 → 4 → 1 output.
const mlp = new MLP(3, [4, 4, 1], { seed: 42 });
const out = mlp.forward([2.0, 3.0, -1.0]);
out.label = 'out';
console.log(out);
console.log('parameters:', mlp.parameters().length);
// The whole forward graph: a box per value, for every multiplication and addition in every neuron.
// Zoom and drag to explore it.
draw(out);
