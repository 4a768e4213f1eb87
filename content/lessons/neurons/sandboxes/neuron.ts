// One neuron with two inputs. { seed } makes its random weights the same for every learner.
const neuron = new Neuron(2, { seed: 1 });
console.log('weights', neuron.w, 'bias', neuron.b);
const out = neuron.forward([2.0, 3.0]);
console.log('output', out);
draw(out);
