// Watch backward() fill in the lecture's neuron, one node at a time. Press Step (or →), Back (←),
// Play or Reset under the graph; click a box, or pick it in Inspect, to read it.
const x1 = new Value(2.0, [], '', 'x1');
const x2 = new Value(0.0, [], '', 'x2');
const w1 = new Value(-3.0, [], '', 'w1');
const w2 = new Value(1.0, [], '', 'w2');
const b = new Value(6.8813735870195432, [], '', 'b');
const x1w1 = x1.mul(w1); x1w1.label = 'x1*w1';
const x2w2 = x2.mul(w2); x2w2.label = 'x2*w2';
const sum = x1w1.add(x2w2); sum.label = 'x1*w1 + x2*w2';
const n = sum.add(b); n.label = 'n';
const o = n.tanh(); o.label = 'o';

// step: true records the engine's own backward pass and plays it back. Try step: 'forward', or 'both'.
draw(o, { step: true });
