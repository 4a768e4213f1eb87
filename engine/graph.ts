import { pythonFixed } from './format.ts';
import type { Value } from './value.ts';

/**
 * Every value `root` depends on, each after all of its children: the order the forward pass computed them,
 * and, reversed, the order backward must visit them.
 *
 * The seed's `build_topo` recursion, run with an explicit stack: recursion would overflow JavaScript's call
 * stack on a graph about 10,000 nodes deep, and a long training run makes deeper ones than that. A value is on
 * top of the stack twice: the first time its children go on above it (the first child on top, so they are
 * visited in order, as the recursion visits them), the second time they are all in order, and so is it. The
 * order is the recursion's, value for value.
 *
 * (The stack used to hold each value's path from the root with the index of its next child, one child per
 * step: a GPT training step spent half its time here, and pushes all children at once take 10–20% off the
 * step in Chromium; engine/bench.)
 */
let sorts = 0; // each sort marks the values it reaches with numbers of its own, so no mark needs clearing

export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  sorts += 2;
  const opened = sorts - 1; // its children are on the stack (or in order)
  const placed = sorts; // it is in order
  const stack: Value[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.visitMark < opened) {
      node.visitMark = opened;
      const { first, second } = node; // a value's inputs (see Value.first)
      if (second !== undefined && second.visitMark < opened) stack.push(second);
      if (first !== undefined && first.visitMark < opened) stack.push(first);
    } else {
      stack.pop();
      // Placed already if another path reached it after it was pushed here.
      if (node.visitMark === opened) {
        node.visitMark = placed;
        order.push(node);
      }
    }
  }
  return order;
}

/** The seed's `trace`: every value under `root` and every edge (child → parent), children first. */
export function trace(root: Value): { nodes: Value[]; edges: Array<[child: Value, parent: Value]> } {
  const nodes = topologicalOrder(root);
  const edges: Array<[Value, Value]> = [];
  for (const parent of nodes) {
    const seen = new Set<Value>(); // a value used twice by one op gets one edge, as in the seed's set
    for (const child of parent.prev) {
      if (!seen.has(child)) edges.push([child, parent]);
      seen.add(child);
    }
  }
  return { nodes, edges };
}

export interface DrawOptions {
  /** Graphviz's rankdir: 'LR' (left to right, the seed's) or 'TB' (top to bottom). */
  rankdir?: 'LR' | 'TB';
  /**
   * In a sandbox: step through the graph. `true` or 'backward' starts with every grad blank and fills them in
   * one node at a time, as backward() does; 'forward' reveals the values in the order they were computed;
   * 'both' does the forward pass, then the backward one. (drawDot, which only writes text, ignores it.)
   */
  step?: boolean | 'forward' | 'backward' | 'both';
  /** In a sandbox: start with each neuron, or each layer, of an MLP drawn as one box (expandable). */
  collapse?: 'neurons' | 'layers';
}

/** One node of a drawing: a record of fields (a value's `label | data | grad`), and the op that made it, if any. */
export interface DotBox {
  id: string;
  fields: string[];
  op?: string;
  /** The ids of the boxes it was computed from (an id listed twice is drawn as one edge). */
  inputs: string[];
}

/** A value's record fields, as the seed prints them. */
export function valueFields(value: Pick<Value, 'label' | 'data' | 'grad'>): string[] {
  return [value.label, recordField('data', value.data), recordField('grad', value.grad)];
}

/** One number field of a value's record: "data 0.7071". */
export function recordField(name: 'data' | 'grad', x: number): string {
  return `${name} ${pythonFixed(x)}`;
}

/**
 * The seed's `draw_dot` as Graphviz DOT text: a record node `{ label | data 0.0000 | grad 0.0000 }` per value,
 * and for each computed value a small node for the op that made it. Nodes are named by their position in
 * topological order, so the same graph always gives the same text.
 */
export function drawDot(root: Value, options: DrawOptions = {}): string {
  const nodes = topologicalOrder(root);
  const id = new Map<Value, string>(nodes.map((node, i) => [node, `v${i}`]));
  const boxes = nodes.map((node) => ({
    id: id.get(node)!,
    fields: valueFields(node),
    op: node.op,
    inputs: node.prev.map((child) => id.get(child)!),
  }));
  return dotFromBoxes(boxes, options);
}

/** DOT text for boxes in any arrangement: drawDot's, or a page's with some values collapsed into one box. */
export function dotFromBoxes(boxes: readonly DotBox[], options: Pick<DrawOptions, 'rankdir'> = {}): string {
  const lines = [
    'digraph {',
    `  graph [rankdir=${options.rankdir ?? 'LR'}];`,
    // Each node's inputs in the order they were used (a.mul(b): a above b; an MLP's neurons 1, 2, 3, 4), where
    // Graphviz's crossing reduction alone may rotate them (it drew the lecture's neurons 3, 4, 1, 2).
    '  graph [ordering=in];',
  ];
  const edges: string[] = [];
  for (const box of boxes) {
    const label = `{ ${box.fields.map(escapeRecord).join(' | ')} }`;
    lines.push(`  ${box.id} [label="${escapeString(label)}", shape=record];`);
    const target = box.op ? `${box.id}_op` : box.id;
    if (box.op) {
      lines.push(`  ${box.id}_op [label="${escapeString(box.op)}"];`);
      lines.push(`  ${box.id}_op -> ${box.id};`);
    }
    // A value used twice by one op gets one edge, as in the seed's set of edges.
    for (const input of new Set(box.inputs)) edges.push(`  ${input} -> ${target};`);
  }
  lines.push(...edges, '}');
  return lines.join('\n');
}
// Characters that structure a record label; a learner's label may contain them ('a|b', '{x}').
function escapeRecord(text: string): string {
  return text.replace(/[{}|<>\\]/g, (c) => `\\${c}`);
}

function escapeString(text: string): string {
  return text.replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
