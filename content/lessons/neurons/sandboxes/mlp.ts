// The lecture's network: 3 inputs → 4 → 4 → 1 output.
const mlp = new MLP(3, [4, 4, 1], { seed: 42 });
const out = mlp.forward([2.0, 3.0, -1.0]);
out.label = 'out';
console.log(out);
console.log('parameters:', mlp.parameters().length);
// The whole graph, each neuron folded into one box (collapse: 'layers' folds whole layers; leave it out to
// see every multiplication and addition). step: true plays the backward pass through it.
draw(out, { step: true, collapse: 'neurons' });
