/**
 * A drawn graph as the run worker sends it to the page: plain data, so the page can lay it out, step through
 * it and collapse parts of it without asking the worker again. Values are named by their index in
 * topological order (children before parents, the root last).
 */
export interface DrawnGraph {
  /** The accessible name: "Computation graph of o (10 values)". */
  title: string;
  rankdir: 'LR' | 'TB';
  values: DrawnValue[];
  /** What to step through, if anything. */
  step?: 'forward' | 'backward' | 'both';
  /** The real backward pass, recorded by the engine (traceBackward): only the values that pass a gradient on. */
  backward: DrawnBackwardStep[];
  /** The neurons and layers of engine MLPs that made these values, for collapsing. */
  groups: DrawnGroup[];
  /** Which groups start collapsed. */
  collapse?: 'neurons' | 'layers';
}

export interface DrawnValue {
  label: string;
  /** For an unlabelled value with a part in a neuron, in its group's words: "layer 1 · neuron 2 · w3", "… · out". */
  role?: string;
  op: string;
  data: number;
  /** The grad the value had when draw() was called. */
  grad: number;
  /** Indexes of the values it was computed from, in order (twice if used twice). */
  prev: number[];
}

export interface DrawnBackwardStep {
  value: number;
  /** d(root)/d(value) when the value passed it on. */
  upstream: number;
  contributions: Array<{ child: number; local: number; amount: number; gradAfter: number }>;
}

export interface DrawnGroup {
  kind: 'neuron' | 'layer';
  /** "layer 1 · neuron 2", "layer 2". */
  name: string;
  /** The values inside it, in topological order. */
  members: number[];
  /** A neuron's output value (a layer has several). */
  output?: number;
  /** For a neuron: the index of its layer's group, if it ran inside one. */
  layer?: number;
}
