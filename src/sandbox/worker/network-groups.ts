// Which neuron and which layer of an engine MLP made each value, so a drawing can collapse a neuron or a
// layer into one box. The engine's classes stay as learners read them: the run worker wraps Layer.forward
// and MLP.forward and notes each call. A learner's own Neuron or Layer class is not grouped.
import { Layer, MLP, Value, type Neuron, type Operand } from '../../../engine/index.ts';
import type { DrawnGroup } from '../graph/drawn-graph.ts';

interface LayerCall {
  layer: Layer;
  inputs: readonly Operand[];
  outputs: Value[];
}

/**
 * A Layer.forward call, found by its first output. One entry per layer call: a WeakMap entry per neuron output
 * made the training lesson's steps 15% slower (its garbage collector visits every entry); one per layer is
 * within noise. A drawing that leaves out a layer's first output therefore shows that layer ungrouped.
 */
const layerCalls = new WeakMap<Value, LayerCall>();
const layerNumbers = new WeakMap<Layer, number>();
let noting = false;

/** Starts noting Layer and MLP forward calls, before the learner's code runs. */
export function noteNetworkCalls(): void {
  if (noting) return;
  noting = true;
  const layerForward = Layer.prototype.forward;
  Layer.prototype.forward = function (this: Layer, x) {
    const out = layerForward.call(this, x);
    const outputs = Array.isArray(out) ? out.slice() : [out];
    layerCalls.set(outputs[0], { layer: this, inputs: x, outputs });
    return out;
  };
  const mlpForward = MLP.prototype.forward;
  MLP.prototype.forward = function (this: MLP, x) {
    if (!layerNumbers.has(this.layers[0])) this.layers.forEach((layer, i) => layerNumbers.set(layer, i + 1));
    return mlpForward.call(this, x);
  };
}

/**
 * The neuron and layer groups among `values` (a topological order). A neuron's group is its output and what it
 * was computed from, down to the neuron's inputs: its weights, bias, products and sums. A value two groups
 * could claim (a neuron called twice shares its weights) stays in the first.
 */
export function networkGroups(values: readonly Value[]): { groups: DrawnGroup[]; roles: Map<Value, string> } {
  const roles = new Map<Value, string>();
  const index = new Map(values.map((v, i) => [v, i]));
  const owner = new Map<Value, number>();
  const groups: DrawnGroup[] = [];
  const layerGroups = new Map<LayerCall, number>();
  const named = new Map<string, number>();
  const uniqueName = (name: string) => {
    const seen = (named.get(name) ?? 0) + 1;
    named.set(name, seen);
    return seen === 1 ? name : `${name} (call ${seen})`;
  };

  const callOf = new Map<Value, LayerCall>();
  for (const v of values) {
    const call = layerCalls.get(v);
    if (call) for (const out of call.outputs) callOf.set(out, call);
  }
  const outputs = new Set(values.filter((v) => callOf.has(v)));
  for (const out of outputs) {
    const call = callOf.get(out)!;
    const members = membersOf(out, call, outputs, owner);
    if (members.length === 0) continue;
    const neuronIndex = call.outputs.indexOf(out);
    const neuron = call.layer.neurons[neuronIndex];
    const layerNumber = layerNumbers.get(call.layer) ?? 1;
    const layerName = `layer ${layerNumber}`;
    const name = uniqueName(`${layerName} · neuron ${neuronIndex + 1}`);
    let layer = layerGroups.get(call);
    if (layer === undefined) {
      layer = groups.push({ kind: 'layer', name: uniqueName(layerName), members: [] }) - 1;
      layerGroups.set(call, layer);
    }
    nameParts(neuron, out, new Set(members), name, roles);
    const id = groups.length;
    for (const m of members) owner.set(m, id);
    const sorted = members.map((m) => index.get(m)!).sort((a, b) => a - b);
    groups.push({ kind: 'neuron', name, members: sorted, output: index.get(out), layer });
    if (layer !== undefined) groups[layer].members.push(...sorted);
  }
  for (const g of groups) if (g.kind === 'layer') g.members.sort((a, b) => a - b);
  return { groups, roles };
}

/** `out` and everything under it, stopping at the call's inputs, other neurons' outputs and claimed values. */
function membersOf(out: Value, call: LayerCall, outputs: Set<Value>, owner: Map<Value, number>): Value[] {
  const inputs = new Set(call.inputs.filter((x): x is Value => x instanceof Value));
  const members: Value[] = [];
  const seen = new Set<Value>();
  const stack = [out];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (owner.has(v) || inputs.has(v) || (v !== out && outputs.has(v))) continue;
    members.push(v);
    stack.push(...v.prev);
  }
  return members;
}

/**
 * Names for a neuron's values, in its group's words, so that a box, the step text and the inspector all say
 * the same: "layer 2 · neuron 4 · w1", "… · b", an input number it wrapped "… · x1", each product "… · w1*x1",
 * the running sums "… · sum1" up to "… · act" (nn.py's `act`, before the non-linearity), and "… · out".
 * Weights and the bias keep the name of the first call that used them: a neuron called again shares them.
 */
function nameParts(neuron: Neuron, out: Value, members: ReadonlySet<Value>, name: string, roles: Map<Value, string>): void {
  const part = (v: Value, what: string, shared = false) => {
    if (!shared || !roles.has(v)) roles.set(v, `${name} · ${what}`);
  };
  neuron.w.forEach((w, j) => part(w, `w${j + 1}`, true));
  part(neuron.b, 'b', true);
  for (const m of members) {
    const j = m.op === '*' ? neuron.w.indexOf(m.prev[0]) : -1;
    if (j < 0) continue;
    part(m, `w${j + 1}*x${j + 1}`);
    const x = m.prev[1];
    if (x && members.has(x) && x.prev.length === 0) part(x, `x${j + 1}`); // a number, made a Value inside
  }
  // act = b + w1*x1 + … + wn*xn, one '+' per product: walk it back from the last.
  let sum: Value | undefined = out.op === '+' ? out : out.prev.length === 1 ? out.prev[0] : undefined;
  for (let k = neuron.w.length; sum && sum.op === '+' && members.has(sum) && k > 0; k--) {
    part(sum, k === neuron.w.length ? 'act' : `sum${k}`);
    sum = sum.prev[0];
  }
  part(out, 'out');
}
