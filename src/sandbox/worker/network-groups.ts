// Which neuron and which layer of an engine MLP made each value, so a drawing can collapse a neuron or a
// layer into one box. The engine's classes stay as learners read them: the run worker wraps their forward
// methods and notes each call's output and inputs. A learner's own Neuron class is not grouped.
import { Layer, MLP, Neuron, Value, type Operand } from '../../../engine/index.ts';
import type { DrawnGroup } from '../graph/drawn-graph.ts';

interface LayerCall {
  layer: Layer;
  outputs: Value[];
}
interface NeuronCall {
  neuron: Neuron;
  inputs: readonly Operand[];
  layerCall?: LayerCall;
}

const neuronCalls = new WeakMap<Value, NeuronCall>();
const layerNumbers = new WeakMap<Layer, number>();
let currentLayerCall: LayerCall | undefined;
let noting = false;

/** Starts noting Neuron, Layer and MLP forward calls, before the learner's code runs. */
export function noteNetworkCalls(): void {
  if (noting) return;
  noting = true;
  const neuronForward = Neuron.prototype.forward;
  Neuron.prototype.forward = function (this: Neuron, x) {
    const out = neuronForward.call(this, x);
    neuronCalls.set(out, { neuron: this, inputs: x, layerCall: currentLayerCall });
    currentLayerCall?.outputs.push(out);
    return out;
  };
  const layerForward = Layer.prototype.forward;
  Layer.prototype.forward = function (this: Layer, x) {
    const outer = currentLayerCall;
    currentLayerCall = { layer: this, outputs: [] };
    try {
      return layerForward.call(this, x);
    } finally {
      currentLayerCall = outer;
    }
  };
  const mlpForward = MLP.prototype.forward;
  MLP.prototype.forward = function (this: MLP, x) {
    this.layers.forEach((layer, i) => layerNumbers.set(layer, i + 1));
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

  for (const out of values) {
    const call = neuronCalls.get(out);
    if (!call) continue;
    const members = membersOf(out, call, owner);
    if (members.length === 0) continue;
    let layer: number | undefined;
    let name = 'neuron';
    let short = 'neuron';
    if (call.layerCall) {
      const { layer: l } = call.layerCall;
      const layerNumber = layerNumbers.get(l) ?? 1;
      const neuronNumber = l.neurons.indexOf(call.neuron) + 1;
      const layerName = `layer ${layerNumber}`;
      name = `${layerName} · neuron ${neuronNumber}`;
      short = `L${layerNumber}N${neuronNumber}`;
      layer = layerGroups.get(call.layerCall);
      if (layer === undefined) {
        layer = groups.push({ kind: 'layer', name: uniqueName(layerName), members: [] }) - 1;
        layerGroups.set(call.layerCall, layer);
      }
    }
    nameParts(call.neuron, out, members, short, roles);
    const id = groups.length;
    for (const m of members) owner.set(m, id);
    const sorted = members.map((m) => index.get(m)!).sort((a, b) => a - b);
    groups.push({ kind: 'neuron', name: uniqueName(name), members: sorted, output: index.get(out), layer });
    if (layer !== undefined) groups[layer].members.push(...sorted);
  }
  for (const g of groups) if (g.kind === 'layer') g.members.sort((a, b) => a - b);
  return { groups, roles };
}

/** `out` and everything under it, stopping at the call's inputs, other neurons' outputs and claimed values. */
function membersOf(out: Value, call: NeuronCall, owner: Map<Value, number>): Value[] {
  const inputs = new Set(call.inputs.filter((x): x is Value => x instanceof Value));
  const members: Value[] = [];
  const seen = new Set<Value>();
  const stack = [out];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (owner.has(v) || inputs.has(v) || (v !== out && neuronCalls.has(v))) continue;
    members.push(v);
    stack.push(...v.prev);
  }
  return members;
}

/**
 * Names for a neuron's values, as nn.py's code calls them: "L2N4.w1", "L2N4.b", each product "L2N4.w1x1",
 * the sum before the non-linearity "L2N4.act", and "L2N4.out".
 */
function nameParts(neuron: Neuron, out: Value, members: Value[], short: string, roles: Map<Value, string>): void {
  neuron.w.forEach((w, j) => roles.set(w, `${short}.w${j + 1}`));
  roles.set(neuron.b, `${short}.b`);
  for (const m of members) {
    const j = m.op === '*' ? neuron.w.indexOf(m.prev[0]) : -1;
    if (j >= 0) roles.set(m, `${short}.w${j + 1}x${j + 1}`);
  }
  if (out.op !== '+' && out.prev.length === 1) roles.set(out.prev[0], `${short}.act`);
  roles.set(out, `${short}.out`);
}
