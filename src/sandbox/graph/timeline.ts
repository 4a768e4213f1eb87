// The steps of a step-through and what the drawing shows after any number of them. Stepping back recomputes
// from the start: a few hundred values replay in microseconds, and nothing can drift.
import type { DrawnBackwardStep, DrawnGraph } from './drawn-graph.ts';

export type Step = { kind: 'forward'; value: number } | ({ kind: 'backward' } & DrawnBackwardStep);

/** The forward pass (each computed value, in the order it was computed), then the recorded backward pass. */
export function stepsOf(graph: DrawnGraph, mode: DrawnGraph['step'] = graph.step): Step[] {
  const steps: Step[] = [];
  if (mode === 'forward' || mode === 'both') {
    graph.values.forEach((v, i) => {
      if (v.prev.length > 0) steps.push({ kind: 'forward', value: i });
    });
  }
  if (mode === 'backward' || mode === 'both') {
    for (const s of graph.backward) steps.push({ kind: 'backward', ...s });
  }
  return steps;
}

/** Each value's data and grad as shown after some steps (undefined: blank, not computed yet). */
export interface Shown {
  data: Array<number | undefined>;
  grad: Array<number | undefined>;
  /** How many contributions each value's grad has received so far. */
  contributions: number[];
}

export function shownAfter(graph: DrawnGraph, steps: readonly Step[], done: number): Shown {
  const stepping = steps.length > 0;
  const forward = steps.some((s) => s.kind === 'forward');
  const data = graph.values.map((v) => (forward && v.prev.length > 0 ? undefined : v.data));
  const grad = graph.values.map((v) => (stepping ? undefined : v.grad));
  const contributions = graph.values.map(() => 0);
  for (const step of steps.slice(0, done)) {
    if (step.kind === 'forward') {
      data[step.value] = graph.values[step.value].data;
      continue;
    }
    grad[step.value] = step.upstream; // the root's 1 appears when it goes first
    for (const c of step.contributions) {
      grad[c.child] = c.gradAfter;
      contributions[c.child]++;
    }
  }
  return { data, grad, contributions };
}
