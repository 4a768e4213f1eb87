import { expect, test } from 'vitest';
import { MLP } from '../../../engine/index.ts';
import { drawnGraphOf } from '../worker/drawn-graph-of.ts';
import { noteNetworkCalls } from '../worker/network-groups.ts';
import { arrange } from './arrangement.ts';

noteNetworkCalls(); // as the run worker does before a learner's code runs

const mlp = new MLP(3, [4, 4, 1], { seed: 42 });
const graph = drawnGraphOf(mlp.forward([2.0, 3.0, -1.0]));
const fields = { value: (i: number) => [`v${i}`], group: (g: number) => [graph.groups[g].name] };
const kind = (k: 'neuron' | 'layer') => new Set(graph.groups.flatMap((g, i) => (g.kind === k ? [i] : [])));

/** Every box's inputs are boxes of the arrangement, and users mirror inputs. */
function expectConsistent(arrangement: ReturnType<typeof arrange>) {
  const ids = new Set(arrangement.boxes.map((b) => b.id));
  expect(ids.size).toBe(arrangement.boxes.length);
  for (const b of arrangement.boxes) {
    for (const input of b.inputs) {
      expect(ids.has(input)).toBe(true);
      expect(input).not.toBe(b.id);
      expect(arrangement.users.get(input)).toContain(b.id);
    }
  }
  expect(new Set(arrangement.boxOf)).toEqual(ids);
}

test('expanded, every value is its own box with its own inputs', () => {
  const a = arrange(graph, new Set(), fields);
  expect(a.boxes).toHaveLength(graph.values.length);
  expectConsistent(a);
});

test('each neuron collapsed: one box per neuron, wired layer to layer', () => {
  const a = arrange(graph, kind('neuron'), fields);
  // In the order they were computed: a layer's neurons before the next layer's.
  expect(a.boxes.map((b) => b.fields[0])).toEqual([
    ...[1, 2, 3, 4].map((n) => `layer 1 · neuron ${n}`),
    ...[1, 2, 3, 4].map((n) => `layer 2 · neuron ${n}`),
    'layer 3 · neuron 1',
  ]);
  expect(a.boxes).toHaveLength(9);
  const byName = (name: string) => a.boxes.find((b) => b.fields[0] === name)!;
  expect(byName('layer 3 · neuron 1').inputs).toHaveLength(4);
  expect(byName('layer 2 · neuron 1').inputs.map((id) => graph.groups[Number(id.slice(1))].name).sort()).toEqual(
    ['layer 1 · neuron 1', 'layer 1 · neuron 2', 'layer 1 · neuron 3', 'layer 1 · neuron 4'],
  );
  expect(byName('layer 1 · neuron 1').inputs).toEqual([]); // its inputs are numbers, made inside it
  expectConsistent(a);
});

test('a collapsed layer wins over collapsed neurons inside it; one neuron can stay collapsed alone', () => {
  const layers = arrange(graph, new Set([...kind('neuron'), ...kind('layer')]), fields);
  expect(layers.boxes.map((b) => b.fields[0])).toEqual(['layer 1', 'layer 2', 'layer 3']);
  expectConsistent(layers);
  const one = graph.groups.findIndex((g) => g.name === 'layer 2 · neuron 4');
  const single = arrange(graph, new Set([one]), fields);
  expect(single.boxes).toHaveLength(graph.values.length - graph.groups[one].members.length + 1);
  expectConsistent(single);
});
