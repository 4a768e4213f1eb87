import { describe, expect, test } from 'vitest';
import { MLP, Value } from '../../../engine/index.ts';
import { seedNeuron } from '../../../engine/test-utils.ts';
import { drawnGraphOf } from './drawn-graph-of.ts';
import { noteNetworkCalls } from './network-groups.ts';

noteNetworkCalls();

describe('drawnGraphOf', () => {
  test('lists every value in topological order, naming children by index', () => {
    const { o } = seedNeuron();
    const graph = drawnGraphOf(o);
    expect(graph.title).toBe('Computation graph of o (10 values)');
    expect(graph.values.at(-1)!.label).toBe('o');
    graph.values.forEach((v, i) => v.prev.forEach((c) => expect(c).toBeLessThan(i)));
    expect(graph.step).toBeUndefined(); // not stepping yet, but ready to: the trace is there
    expect(graph.backward.map((s) => graph.values[s.value].label)).toEqual(['o', 'n', 'x1*w1 + x2*w2', 'x2*w2', 'x1*w1']);
  });

  test("records the engine's backward pass from blank grads, and leaves the learner's grads as they were", () => {
    const { o, x1, w1 } = seedNeuron();
    o.backward();
    o.backward(); // leaves now hold twice their gradient
    const before = [x1.grad, w1.grad, o.grad];
    const graph = drawnGraphOf(o, { step: true });
    expect([x1.grad, w1.grad, o.grad]).toEqual(before);
    expect(graph.step).toBe('backward');
    const names = graph.backward.map((s) => graph.values[s.value].label);
    expect(names).toEqual(['o', 'n', 'x1*w1 + x2*w2', 'x2*w2', 'x1*w1']); // leaves pass nothing on
    const last = new Map<number, number>();
    for (const s of graph.backward) for (const c of s.contributions) last.set(c.child, c.gradAfter);
    const x1Index = graph.values.findIndex((v) => v.label === 'x1');
    expect(last.get(x1Index)).toBeCloseTo(-1.5, 12); // a single backward's, not the doubled grad
  });

  test('rejects options it does not know, saying which', () => {
    const a = new Value(1, [], '', 'a');
    expect(() => drawnGraphOf(a, { step: 'sideways' as never })).toThrow(`draw: step must be true, 'forward', 'backward' or 'both', got the string "sideways"`);
    expect(() => drawnGraphOf(a, { collapse: 'neuron' as never })).toThrow(`draw: collapse must be 'neurons' or 'layers', got the string "neuron"`);
    expect(() => drawnGraphOf(a, 3 as never)).toThrow('draw: options must be an object, got a number 3');
  });

  test('refuses a graph too big to draw, saying how big it is', () => {
    let sum = new Value(0);
    for (let i = 0; i < 1300; i++) sum = sum.add(i);
    expect(() => drawnGraphOf(sum)).toThrow('draw: this graph has 2,601 values, more than the 2,500 a drawing can show');
  });
});

describe("an MLP's neurons and layers", () => {
  test('group every value a neuron made, and name its weights, bias and output', () => {
    const mlp = new MLP(3, [4, 4, 1], { seed: 42 });
    const out = mlp.forward([2.0, 3.0, -1.0]);
    const graph = drawnGraphOf(out);
    const neurons = graph.groups.filter((g) => g.kind === 'neuron');
    const layers = graph.groups.filter((g) => g.kind === 'layer');
    expect(neurons.map((g) => g.name).sort()).toEqual(
      ['1 · neuron 1', '1 · neuron 2', '1 · neuron 3', '1 · neuron 4', '2 · neuron 1', '2 · neuron 2', '2 · neuron 3', '2 · neuron 4', '3 · neuron 1'].map((n) => `layer ${n}`),
    );
    expect(layers.map((g) => g.name).sort()).toEqual(['layer 1', 'layer 2', 'layer 3']);
    // With number inputs, every value belongs to exactly one neuron.
    const owners = graph.values.map((_, i) => neurons.filter((g) => g.members.includes(i)).length);
    expect(owners.every((n) => n === 1)).toBe(true);
    // A neuron of layer 2 with 4 inputs: 4 weights, a bias, 4 products, 4 sums, tanh; named in its group's words.
    const l2n4 = neurons.find((g) => g.name === 'layer 2 · neuron 4')!;
    expect(l2n4.members).toHaveLength(14);
    expect(graph.values[l2n4.output!].role).toBe('layer 2 · neuron 4 · out');
    expect(graph.values[l2n4.output!].op).toBe('tanh');
    const parts = ['w1', 'w2', 'w3', 'w4', 'b', 'w1*x1', 'w2*x2', 'w3*x3', 'w4*x4', 'sum1', 'sum2', 'sum3', 'act', 'out'];
    expect(l2n4.members.map((m) => graph.values[m].role).sort()).toEqual(parts.map((p) => `layer 2 · neuron 4 · ${p}`).sort());
    // A first-layer neuron's inputs are numbers: it made them Values, so they are its own x1, x2, x3.
    const l1n1 = neurons.find((g) => g.name === 'layer 1 · neuron 1')!;
    expect(l1n1.members.map((m) => graph.values[m].role)).toEqual(expect.arrayContaining(['x1', 'x2', 'x3'].map((p) => `layer 1 · neuron 1 · ${p}`)));
    expect(graph.values.every((v) => v.role !== undefined)).toBe(true); // no value left as "#12"
    expect(graph.groups[l2n4.layer!].name).toBe('layer 2');
    expect(graph.groups[l2n4.layer!].members).toEqual(expect.arrayContaining(l2n4.members));
  });

  test('a network called twice shares its weights, named by the first call; each call has its own products', () => {
    const mlp = new MLP(2, [1], { seed: 1 });
    const sum = mlp.forward([1, 2]).add(mlp.forward([3, 4]));
    const graph = drawnGraphOf(sum);
    expect(graph.groups.filter((g) => g.kind === 'neuron').map((g) => g.name)).toEqual(['layer 1 · neuron 1', 'layer 1 · neuron 1 (call 2)']);
    const roles = graph.values.map((v) => v.role);
    expect(roles.filter((r) => r?.endsWith(' · w1'))).toEqual(['layer 1 · neuron 1 · w1']);
    expect(roles.filter((r) => r?.endsWith(' · w1*x1')).sort()).toEqual(['layer 1 · neuron 1 (call 2) · w1*x1', 'layer 1 · neuron 1 · w1*x1']);
  });

  test("a labelled value keeps its label, and values outside any neuron (the loss) are in no group", () => {
    const mlp = new MLP(2, [1], { seed: 1 });
    const pred = mlp.forward([1, 2]);
    const loss = pred.sub(1).pow(2);
    loss.label = 'loss';
    const graph = drawnGraphOf(loss);
    const [neuron] = graph.groups.filter((g) => g.kind === 'neuron');
    const grouped = new Set(neuron.members);
    const outside = graph.values.flatMap((v, i) => (grouped.has(i) ? [] : [v.label || v.op || String(v.data)]));
    expect(outside.sort()).toEqual(['+', '-1', 'loss']);
  });
});
