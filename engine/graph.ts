import { pythonFixed } from './format.ts';
import type { Value } from './value.ts';

/**
 * Every value `root` depends on, each after all of its children: the order the forward pass computed them,
 * and, reversed, the order backward must visit them.
 *
 * The seed's `build_topo` recursion, run with an explicit stack: recursion would overflow JavaScript's call
 * stack on a graph about 10,000 nodes deep, and a long training run makes deeper ones than that.
 */
let sorts = 0; // each sort marks the values it reaches with its own number, so no mark needs clearing

export function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const mark = ++sorts;
  root.visitMark = mark;
  // The path from root to the node being visited, and for each, the index of the next child to visit.
  const path: Value[] = [root];
  const nextChild: number[] = [0];
  while (path.length > 0) {
    const top = path.length - 1;
    const node = path[top];
    const i = nextChild[top];
    if (i < node.prev.length) {
      nextChild[top] = i + 1;
      const child = node.prev[i];
      if (child.visitMark !== mark) {
        child.visitMark = mark;
        path.push(child);
        nextChild.push(0);
      }
    } else {
      path.pop();
      nextChild.pop();
      order.push(node); // all of its children are already in order
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
}

/**
 * The seed's `draw_dot` as Graphviz DOT text: a record node `{ label | data 0.0000 | grad 0.0000 }` per value,
 * and for each computed value a small node for the op that made it. Nodes are named by their position in
 * topological order, so the same graph always gives the same text.
 */
export function drawDot(root: Value, options: DrawOptions = {}): string {
  const { nodes, edges } = trace(root);
  const id = new Map<Value, string>(nodes.map((node, i) => [node, `v${i}`]));
  const lines = ['digraph {', `  graph [rankdir=${options.rankdir ?? 'LR'}];`];
  for (const node of nodes) {
    const uid = id.get(node)!;
    const label = `{ ${escapeRecord(node.label)} | data ${pythonFixed(node.data)} | grad ${pythonFixed(node.grad)} }`;
    lines.push(`  ${uid} [label="${escapeString(label)}", shape=record];`);
    if (node.op) {
      lines.push(`  ${uid}_op [label="${escapeString(node.op)}"];`);
      lines.push(`  ${uid}_op -> ${uid};`);
    }
  }
  for (const [child, parent] of edges) lines.push(`  ${id.get(child)} -> ${id.get(parent)}_op;`);
  lines.push('}');
  return lines.join('\n');
}

// Characters that structure a record label; a learner's label may contain them ('a|b', '{x}').
function escapeRecord(text: string): string {
  return text.replace(/[{}|<>\\]/g, (c) => `\\${c}`);
}

function escapeString(text: string): string {
  return text.replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
