// draw(root, options) turned into the data the page draws: every value, and for stepping, the engine's own
// recording of the backward pass.
import { topologicalOrder, traceBackward, type DrawOptions, type Value } from '../../../engine/index.ts';
import { describe } from '../../../engine/value.ts';
import type { DrawnBackwardStep, DrawnGraph } from '../graph/drawn-graph.ts';
import { drawTitle } from './draw.ts';
import { networkGroups } from './network-groups.ts';

/** Past this, Graphviz takes many seconds (and a page of boxes is no longer readable anyway). */
export const MAX_DRAWN_VALUES = 2500;

export function drawnGraphOf(root: Value, options: DrawOptions = {}): DrawnGraph {
  checkOptions(options);
  const nodes = topologicalOrder(root);
  if (nodes.length > MAX_DRAWN_VALUES) {
    throw new RangeError(
      `draw: this graph has ${nodes.length.toLocaleString('en')} values, more than the ${MAX_DRAWN_VALUES.toLocaleString('en')} a drawing can show; draw a smaller part of it (one sample's loss, say)`,
    );
  }
  const index = new Map(nodes.map((v, i) => [v, i]));
  const { groups, roles } = networkGroups(nodes);
  const values = nodes.map((v) => ({
    label: v.label,
    role: v.label ? undefined : roles.get(v),
    op: v.op,
    data: v.data,
    grad: v.grad,
    prev: v.prev.map((c) => index.get(c)!),
  }));
  const step = options.step === true ? 'backward' : options.step || undefined;
  return {
    title: drawTitle(root, nodes.length),
    rankdir: options.rankdir ?? 'LR',
    values,
    step,
    backward: recordBackward(root, nodes, index), // any drawing can be stepped through
    groups,
    collapse: options.collapse,
  };
}

/**
 * Runs the real backward pass from blank gradients and records it, then puts every grad back as it was:
 * drawing must not change the learner's values (a second backward() would otherwise double their leaves').
 * Leaves pass nothing on, so they are not steps; they receive their grads as contributions.
 */
function recordBackward(root: Value, nodes: Value[], index: Map<Value, number>): DrawnBackwardStep[] {
  const saved = nodes.map((v) => v.grad);
  for (const v of nodes) v.grad = 0;
  try {
    return traceBackward(root)
      .filter((s) => s.contributions.length > 0)
      .map((s) => ({
        value: index.get(s.node)!,
        upstream: s.upstream,
        contributions: s.contributions.map((c) => ({ child: index.get(c.child)!, local: c.local, amount: c.amount, gradAfter: c.gradAfter })),
      }));
  } finally {
    nodes.forEach((v, i) => (v.grad = saved[i]));
  }
}

function checkOptions(options: DrawOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError(`draw: options must be an object, got ${describe(options)}`);
  const { step, collapse, rankdir } = options;
  if (![undefined, true, false, 'forward', 'backward', 'both'].includes(step)) {
    throw new TypeError(`draw: step must be true, 'forward', 'backward' or 'both', got ${describe(step)}`);
  }
  if (![undefined, 'neurons', 'layers'].includes(collapse)) {
    throw new TypeError(`draw: collapse must be 'neurons' or 'layers', got ${describe(collapse)}`);
  }
  if (![undefined, 'LR', 'TB'].includes(rankdir)) throw new TypeError(`draw: rankdir must be 'LR' or 'TB', got ${describe(rankdir)}`);
}
