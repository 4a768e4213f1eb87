// Graphviz itself, as the page runs it: the boxes come out in the order a learner reads them, top to bottom.
import { instance } from '@viz-js/viz';
import { expect, test } from 'vitest';
import { MLP, Value } from '../../../engine/index.ts';
import { dotFromBoxes } from '../../../engine/graph.ts';
import { seedNeuron } from '../../../engine/test-utils.ts';
import { drawnGraphOf } from '../worker/drawn-graph-of.ts';
import { noteNetworkCalls } from '../worker/network-groups.ts';
import { arrange } from './arrangement.ts';
import type { DrawnGraph } from './drawn-graph.ts';
import { valueName } from './step-words.ts';

noteNetworkCalls(); // as the run worker does before a learner's code runs

const viz = await instance();

/** Each box's vertical centre in a left-to-right layout, top first (Graphviz's y grows upwards). */
function heights(graph: DrawnGraph, collapsed: ReadonlySet<number>) {
  const arrangement = arrange(graph, collapsed, {
    value: (i) => [valueName(graph, i), 'data 0.0000', 'grad 0.0000'],
    group: (g) => [graph.groups[g].name, 'data 0.0000', 'grad 0.0000'],
  });
  const layout = JSON.parse(viz.renderString(dotFromBoxes(arrangement.boxes, { rankdir: 'LR' }), { format: 'json' }));
  const y = new Map<string, number>();
  for (const o of layout.objects) if (o.pos) y.set(o.name, -Number(o.pos.split(',')[1]));
  return { arrangement, y };
}

/** For each layer, its neurons' numbers from the top of the drawing down. */
function neuronOrder(graph: DrawnGraph, collapsed: ReadonlySet<number>): string[][] {
  const { arrangement, y } = heights(graph, collapsed);
  return graph.groups.flatMap((layer, l) => {
    if (layer.kind !== 'layer') return [];
    const neurons = graph.groups.filter((g) => g.kind === 'neuron' && g.layer === l);
    return [neurons.sort((a, b) => y.get(arrangement.boxOf[a.output!])! - y.get(arrangement.boxOf[b.output!])!).map((g) => g.name.split('neuron ')[1])];
  });
}

const neurons = (graph: DrawnGraph) => new Set(graph.groups.flatMap((g, i) => (g.kind === 'neuron' ? [i] : [])));

test("the lecture's MLP draws each layer's neurons 1, 2, 3, 4 from the top, collapsed or expanded", () => {
  const graph = drawnGraphOf(new MLP(3, [4, 4, 1], { seed: 42 }).forward([2.0, 3.0, -1.0]));
  const inOrder = [['1', '2', '3', '4'], ['1', '2', '3', '4'], ['1']];
  expect(neuronOrder(graph, neurons(graph))).toEqual(inOrder);
  expect(neuronOrder(graph, new Set())).toEqual(inOrder);
});

test('so does a wider network (the two-moons demo: 2 → 16 → 16 → 1)', () => {
  const graph = drawnGraphOf(new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 42 }).forward([0.5, -0.2]));
  const inOrder = Array.from({ length: 16 }, (_, i) => String(i + 1));
  expect(neuronOrder(graph, neurons(graph))).toEqual([inOrder, inOrder, ['1']]);
});

test("an op's inputs are drawn in the order it used them: x1 above w1 in x1.mul(w1)", () => {
  const graph = drawnGraphOf(seedNeuron().o);
  const { arrangement, y } = heights(graph, new Set());
  const at = (label: string) => y.get(arrangement.boxOf[graph.values.findIndex((v) => v.label === label)])!;
  expect(at('x1')).toBeLessThan(at('w1'));
  expect(at('x2')).toBeLessThan(at('w2'));
  const a = new Value(1, [], '', 'a');
  const k = new Value(2, [], '', 'k');
  const ka = drawnGraphOf(k.mul(a));
  const layout = heights(ka, new Set());
  const of = (label: string) => layout.y.get(layout.arrangement.boxOf[ka.values.findIndex((v) => v.label === label)])!;
  expect(of('k')).toBeLessThan(of('a'));
});
