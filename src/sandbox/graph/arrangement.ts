// Which boxes a drawing has: one per value, except that a collapsed neuron or layer is one box standing for
// all its values. Changing what is collapsed changes the boxes (Graphviz lays them out again); stepping does not.
import type { DotBox } from '../../../engine/graph.ts';
import type { DrawnGraph } from './drawn-graph.ts';

export interface Arrangement {
  /** The boxes in the order they are written to Graphviz. */
  boxes: DotBox[];
  /** For each value, the id of the box it is drawn in: its own ('v3') or its collapsed group's ('g1'). */
  boxOf: string[];
  /** For each box, the boxes it uses (inputs) and the boxes that use it (users). */
  inputs: Map<string, string[]>;
  users: Map<string, string[]>;
}

export const valueBoxId = (i: number) => `v${i}`;
export const groupBoxId = (g: number) => `g${g}`;

/**
 * The boxes when `collapsed` groups are drawn as one. A collapsed layer hides its neurons' own state;
 * `fields` gives a box's record fields (the value's, or the group's).
 */
export function arrange(
  graph: DrawnGraph,
  collapsed: ReadonlySet<number>,
  fields: { value: (i: number) => string[]; group: (g: number) => string[] },
): Arrangement {
  const boxOf = graph.values.map((_, i) => valueBoxId(i));
  // Neurons first, then layers, so a collapsed layer wins over its collapsed neurons.
  const order = [...collapsed].sort((a, b) => rank(graph, a) - rank(graph, b));
  for (const g of order) for (const m of graph.groups[g].members) boxOf[m] = groupBoxId(g);

  // A group's box goes where its last value is, so boxes stay in the order they were computed.
  const last = new Map<string, number>();
  boxOf.forEach((id, i) => last.set(id, i));
  const inputsOf = new Map<string, Set<string>>(boxOf.map((id) => [id, new Set()]));
  graph.values.forEach((value, i) => {
    for (const child of value.prev) if (boxOf[child] !== boxOf[i]) inputsOf.get(boxOf[i])!.add(boxOf[child]);
  });
  const boxes = new Map<string, DotBox>();
  graph.values.forEach((value, i) => {
    const id = boxOf[i];
    if (last.get(id) !== i) return;
    const own = id === valueBoxId(i);
    boxes.set(id, {
      id,
      fields: own ? fields.value(i) : fields.group(Number(id.slice(1))),
      op: own ? value.op : undefined,
      inputs: [],
    });
  });

  const inputs = new Map<string, string[]>();
  const users = new Map<string, string[]>([...boxes.keys()].map((id) => [id, []]));
  for (const [id, set] of inputsOf) {
    const list = [...set];
    boxes.get(id)!.inputs = list;
    inputs.set(id, list);
    for (const input of list) users.get(input)!.push(id);
  }
  return { boxes: [...boxes.values()], boxOf, inputs, users };
}

function rank(graph: DrawnGraph, g: number): number {
  return graph.groups[g].kind === 'neuron' ? 0 : 1;
}
