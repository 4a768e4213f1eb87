// One attention head at one position, small enough to draw: a query, and the keys and values of the three
// positions so far (2 numbers each). The weights say how much of each position's value to take.
const vec = (name: string, numbers: number[]) => numbers.map((n, i) => new Value(n, [], '', `${name}${i}`));
const q = vec('q', [1, 0.5]);
const keys = [vec('k0_', [0.2, 0.1]), vec('k1_', [1, 1]), vec('k2_', [-0.5, 0.3])];
const values = [vec('v0_', [1, 0]), vec('v1_', [0, 1]), vec('v2_', [0.5, 0.5])];

const weights = attentionWeights(q, keys); // softmax(q·k / sqrt(2)) over the three keys
console.log('attention weights:', weights.map((w) => w.data.toFixed(3)), 'sum', weights.reduce((s, w) => s + w.data, 0));
const out = attend(weights, values); // Σ weight_t · value_t
out[0].label = 'out0';
console.log('head output:', out.map((v) => v.data.toFixed(3)));
draw(out[0]);
