import { expect, test } from 'vitest';
import { MLP, Value } from '../../../engine/index.ts';
import { seedNeuron } from '../../../engine/test-utils.ts';
import { drawnGraphOf } from '../worker/drawn-graph-of.ts';
import { noteNetworkCalls } from '../worker/network-groups.ts';
import { shortNumber, stepSentences, valueName } from './step-words.ts';
import { shownAfter, stepsOf } from './timeline.ts';

noteNetworkCalls(); // as the run worker does before a learner's code runs

test('numbers are read short: at most 4 decimals, at least one', () => {
  expect([0.5, -3, 0.7071067811865476, 1, 0, -0, 1e-7, 123456789].map(shortNumber)).toEqual(['0.5', '-3.0', '0.7071', '1.0', '0.0', '0.0', '1.000e-7', '1.235e+8']);
});

test("the lecture's neuron, step by step, in the lesson's words", () => {
  const { o } = seedNeuron();
  const graph = drawnGraphOf(o, { step: true });
  const steps = stepsOf(graph);
  expect(steps.map((s) => stepSentences(graph, s))).toEqual([
    ['tanh: o.grad 1.0 × (1 - o²) 0.5 → n.grad += 0.5'],
    ['+: n.grad 0.5 × 1 → (x1*w1 + x2*w2).grad += 0.5', '+: n.grad 0.5 × 1 → b.grad += 0.5'],
    ['+: (x1*w1 + x2*w2).grad 0.5 × 1 → (x1*w1).grad += 0.5', '+: (x1*w1 + x2*w2).grad 0.5 × 1 → (x2*w2).grad += 0.5'],
    ['*: (x2*w2).grad 0.5 × w2 1.0 → x2.grad += 0.5', '*: (x2*w2).grad 0.5 × x2 0.0 → w2.grad += 0.0'],
    ['*: (x1*w1).grad 0.5 × w1 -3.0 → x1.grad += -1.5', '*: (x1*w1).grad 0.5 × x1 2.0 → w1.grad += 1.0'],
  ]);
});

test('forward steps show the arithmetic', () => {
  const { o } = seedNeuron();
  const graph = drawnGraphOf(o, { step: 'forward' });
  expect(stepsOf(graph).map((s) => stepSentences(graph, s)[0])).toEqual([
    'x1*w1 = x1 * w1 = 2.0 * -3.0 = -6.0',
    'x2*w2 = x2 * w2 = 0.0 * 1.0 = 0.0',
    'x1*w1 + x2*w2 = (x1*w1) + (x2*w2) = -6.0 + 0.0 = -6.0',
    'n = (x1*w1 + x2*w2) + b = -6.0 + 6.8814 = 0.8814',
    'o = tanh(n) = tanh(0.8814) = 0.7071',
  ]);
});

test('a second contribution says so, with the running total', () => {
  const a = new Value(3, [], '', 'a');
  const k = new Value(2, [], '', 'k');
  const c = a.mul(k);
  c.label = 'c';
  const d = c.add(a);
  d.label = 'd';
  const graph = drawnGraphOf(d, { step: true });
  const steps = stepsOf(graph);
  const earlier = shownAfter(graph, steps, 1).contributions;
  expect(stepSentences(graph, steps[1], earlier)).toEqual(['*: c.grad 1.0 × k 2.0 → a.grad += 2.0 (its 2nd contribution: now 3.0)', '*: c.grad 1.0 × a 3.0 → k.grad += 3.0']);
});

test("each op's local derivative is written as the lessons write it", () => {
  const x = new Value(0.5, [], '', 'x');
  const sentence = (out: Value) => {
    out.label = 'y';
    const graph = drawnGraphOf(out, { step: true });
    return stepSentences(graph, stepsOf(graph)[0])[0];
  };
  expect(sentence(x.exp())).toBe('exp: y.grad 1.0 × y 1.6487 → x.grad += 1.6487');
  expect(sentence(x.pow(3))).toBe('**3: y.grad 1.0 × 3·x^2 0.75 → x.grad += 0.75');
  expect(sentence(x.pow(2))).toBe('**2: y.grad 1.0 × 2·x 1.0 → x.grad += 1.0');
  expect(sentence(x.relu())).toBe('ReLU: y.grad 1.0 × (x > 0) 1.0 → x.grad += 1.0');
  expect(sentence(x.log())).toBe('log: y.grad 1.0 × 1/x 2.0 → x.grad += 2.0');
});

test('unlabelled values are named by their part in a neuron, in its group\'s words, or by their place in the order', () => {
  const mlp = new MLP(2, [1], { seed: 3 });
  const loss = mlp.forward([1, 2]).sub(1).pow(2); // the -1 and the difference are in no neuron
  const graph = drawnGraphOf(loss);
  const names = graph.values.map((_, i) => valueName(graph, i));
  expect(names).toEqual(expect.arrayContaining(['w1', 'b', 'x1', 'w1*x1', 'act', 'out'].map((p) => `layer 1 · neuron 1 · ${p}`)));
  expect(graph.groups[1].name).toBe('layer 1 · neuron 1'); // the box a collapsed neuron is drawn as
  expect(names.filter((n) => n.startsWith('#'))).toHaveLength(3);
});

test('a step inside a neuron names its values as the boxes do', () => {
  const mlp = new MLP(2, [1], { seed: 3 });
  const graph = drawnGraphOf(mlp.forward([1, 2]), { step: true });
  const [first] = stepsOf(graph);
  expect(stepSentences(graph, first)[0]).toMatch(/^tanh: \(layer 1 · neuron 1 · out\)\.grad 1\.0 × \(1 - \(layer 1 · neuron 1 · out\)²\) [\d.]+ → \(layer 1 · neuron 1 · act\)\.grad \+= [\d.]+$/);
});
