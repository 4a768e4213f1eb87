import { describe, expect, test } from 'vitest';
import { Value } from '../../../engine/index.ts';
import { seedNeuron } from '../../../engine/test-utils.ts';
import { drawnGraphOf } from '../worker/drawn-graph-of.ts';
import { noteNetworkCalls } from '../worker/network-groups.ts';
import { shownAfter, stepsOf } from './timeline.ts';

noteNetworkCalls(); // as the run worker does before a learner's code runs

describe('stepping backward', () => {
  const { o } = seedNeuron();
  const graph = drawnGraphOf(o, { step: true });
  const steps = stepsOf(graph);
  const at = (label: string) => graph.values.findIndex((v) => v.label === label);

  test('starts with every grad blank and every value shown', () => {
    const shown = shownAfter(graph, steps, 0);
    expect(shown.grad.every((g) => g === undefined)).toBe(true);
    expect(shown.data).toEqual(graph.values.map((v) => v.data));
  });

  test("ends with backward()'s grads, and each step fills in only what the node passed on", () => {
    expect(steps).toHaveLength(5);
    const first = shownAfter(graph, steps, 1);
    expect(first.grad[at('o')]).toBe(1);
    expect(first.grad[at('n')]).toBeCloseTo(0.5, 15);
    expect(first.grad[at('b')]).toBeUndefined();
    const end = shownAfter(graph, steps, steps.length);
    o.backward();
    graph.values.forEach((v, i) => expect(end.grad[i], v.label).toBe(seedGrad(v.label)));
    function seedGrad(label: string) {
      return [...topo(o)].find((x) => x.label === label)!.grad;
    }
  });

  test('going back to a step shows exactly what it showed before', () => {
    expect(shownAfter(graph, steps, 2)).toEqual(shownAfter(graph, steps, 2));
    expect(shownAfter(graph, steps, 3)).not.toEqual(shownAfter(graph, steps, 2));
  });
});

test('a value used twice counts its contributions', () => {
  const a = new Value(3, [], '', 'a');
  const c = a.mul(2);
  const d = c.add(a);
  const graph = drawnGraphOf(d, { step: true });
  const steps = stepsOf(graph);
  const ia = graph.values.findIndex((v) => v.label === 'a');
  expect(shownAfter(graph, steps, 1).contributions[ia]).toBe(1);
  expect(shownAfter(graph, steps, 1).grad[ia]).toBe(1);
  expect(shownAfter(graph, steps, 2).contributions[ia]).toBe(2);
  expect(shownAfter(graph, steps, 2).grad[ia]).toBe(3);
});

test('stepping forward reveals computed values in the order they were made, then backward follows', () => {
  const { o } = seedNeuron();
  const graph = drawnGraphOf(o, { step: 'both' });
  const steps = stepsOf(graph);
  expect(steps.map((s) => s.kind)).toEqual([...Array(5).fill('forward'), ...Array(5).fill('backward')]);
  const start = shownAfter(graph, steps, 0);
  expect(graph.values.filter((_, i) => start.data[i] === undefined).map((v) => v.op)).toEqual(['*', '*', '+', '+', 'tanh']);
  const afterForward = shownAfter(graph, steps, 5);
  expect(afterForward.data).toEqual(graph.values.map((v) => v.data));
  expect(afterForward.grad.every((g) => g === undefined)).toBe(true);
});

test('a graph drawn without stepping can still be stepped through: the same steps', () => {
  const { o } = seedNeuron();
  const plain = drawnGraphOf(o);
  expect(stepsOf(plain)).toEqual([]);
  expect(stepsOf(plain, 'backward')).toEqual(stepsOf(drawnGraphOf(o, { step: true })));
});

test('a graph drawn without stepping shows its values and grads as they are', () => {
  const { o } = seedNeuron();
  o.backward();
  const graph = drawnGraphOf(o);
  const shown = shownAfter(graph, stepsOf(graph), 0);
  expect(shown.grad).toEqual(graph.values.map((v) => v.grad));
});

function* topo(root: Value): Generator<Value> {
  const seen = new Set<Value>();
  const stack = [root];
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    yield v;
    stack.push(...v.prev);
  }
}
