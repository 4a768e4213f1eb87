// A layer: three neurons, each looking at the same two inputs.
const layer = new Layer(2, 3, { seed: 2 });
console.log(layer.forward([2.0, 3.0]));
console.log('parameters:', layer.parameters().length); // 3 neurons × (2 weights + 1 bias)
