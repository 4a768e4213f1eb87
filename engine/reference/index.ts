// Typed access to the PyTorch reference files; JSON import attributes work in Vite and in Node alike.
import type { MLP } from '../nn.ts';
import expressionsJson from './expressions.json' with { type: 'json' };
import networksJson from './networks.json' with { type: 'json' };

export type Arg = string | number;
export interface Step {
  out: string;
  op: 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'tanh' | 'exp' | 'relu' | 'pow';
  args: Arg[];
  exponent?: number;
}
export interface ExpressionProgram {
  id: string;
  leaves: Record<string, number>;
  steps: Step[];
  output: string;
  value: number;
  grads: Record<string, number>;
}
export interface NeuronParams {
  w: number[];
  b: number;
}
export type NetworkParams = NeuronParams[][];

export interface SeedNeuronCase {
  o: number;
  n: number;
  grads: Record<'x1' | 'x2' | 'w1' | 'w2' | 'b', number>;
  dtype: string;
}

export interface Networks {
  seed_neuron: Record<'as_in_seed' | 'float64' | 'float32', SeedNeuronCase>;
  micrograd_tests: {
    sanity_check: { x: number; y: number; x_grad: number };
    more_ops: { a: number; b: number; g: number; a_grad: number; b_grad: number };
  };
  lecture_mlp: {
    shape: number[];
    xs: number[][];
    ys: number[];
    params: NetworkParams;
    first_pass: { ypred: number[]; loss: number; grads: NetworkParams };
    training: { lr: number; steps: number; losses: number[]; final_params: NetworkParams };
  };
  moons_mlp: {
    shape: number[];
    xs: number[][];
    ys: number[];
    params: NetworkParams;
    loss: { data: number; reg: number; total: number };
    accuracy: number;
    grads: NetworkParams;
  };
}

export const expressions = (expressionsJson as unknown as { programs: ExpressionProgram[] }).programs;
export const networks = networksJson as unknown as Networks;

/** Sets a network's weights and biases to stored ones: `params[layer][neuron] = { w, b }`. */
export function loadParams(model: MLP, params: NetworkParams): void {
  model.layers.forEach((layer, l) =>
    layer.neurons.forEach((neuron, n) => {
      neuron.w.forEach((w, i) => (w.data = params[l][n].w[i]));
      neuron.b.data = params[l][n].b;
    }),
  );
}

/** Reads a network's gradients in the same shape as the stored ones. */
export function gradsOf(model: MLP): NetworkParams {
  return model.layers.map((layer) => layer.neurons.map((n) => ({ w: n.w.map((w) => w.grad), b: n.b.grad })));
}

/** Reads a network's weights and biases in the same shape as the stored ones. */
export function paramsOf(model: MLP): NetworkParams {
  return model.layers.map((layer) => layer.neurons.map((n) => ({ w: n.w.map((w) => w.data), b: n.b.data })));
}
