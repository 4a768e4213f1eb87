import { seededRandom, uniform } from './random.ts';
import { Value, describe, type Operand } from './value.ts';

/** The non-linearity a neuron applies to w·x + b. 'linear' applies none. */
export type Activation = 'tanh' | 'relu' | 'linear';

export interface InitOptions {
  /** Makes the initial weights reproducible: the same seed gives the same weights everywhere. */
  seed?: number;
  /** A source of uniform [0, 1) numbers, shared by the neurons of a layer or network; overrides `seed`. */
  random?: () => number;
}

export interface NeuronOptions extends InitOptions {
  /** Default 'tanh', as in the seed. */
  activation?: Activation;
}

export interface MLPOptions extends InitOptions {
  /** The hidden layers' non-linearity. Default 'tanh' (the seed); 'relu' is micrograd's nn.py. */
  activation?: 'tanh' | 'relu';
  /** Leave the last layer linear, as micrograd's nn.py does. Default false (the seed: tanh everywhere). */
  linearOutput?: boolean;
}

/** A layer's output: one Value when it has one neuron (as in the seed), otherwise one per neuron. */
export type Outputs<N extends number> = number extends N ? Value | Value[] : N extends 1 ? Value : Value[];

/** Anything with parameters: micrograd's `Module`. */
export abstract class Module {
  abstract parameters(): Value[];

  /** Sets every parameter's gradient back to 0, before the next backward pass adds new ones. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = 0;
  }
}

export class Neuron extends Module {
  w: Value[];
  b: Value;
  activation: Activation;

  constructor(nin: number, options: NeuronOptions = {}) {
    super();
    checkSize(nin, 'Neuron', 'nin');
    const random = randomSource(options);
    this.activation = options.activation ?? 'tanh';
    this.w = Array.from({ length: nin }, () => new Value(uniform(random, -1, 1)));
    // micrograd's nn.py starts ReLU neurons' biases at 0; the seed draws every bias like a weight.
    this.b = new Value(this.activation === 'relu' ? 0 : uniform(random, -1, 1));
  }

  /** activation(w · x + b) */
  forward(x: readonly Operand[]): Value {
    if (!Array.isArray(x) || x.length !== this.w.length) {
      throw new TypeError(`Neuron.forward: expected ${this.w.length} inputs, got ${describe(x)}`);
    }
    let act = this.b;
    for (let i = 0; i < this.w.length; i++) act = act.add(this.w[i].mul(x[i]));
    if (this.activation === 'tanh') return act.tanh();
    if (this.activation === 'relu') return act.relu();
    return act;
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }
}

export class Layer<N extends number = number> extends Module {
  neurons: Neuron[];

  constructor(nin: number, nout: N, options: NeuronOptions = {}) {
    super();
    checkSize(nout, 'Layer', 'nout');
    const random = randomSource(options);
    this.neurons = Array.from({ length: nout }, () => new Neuron(nin, { ...options, random }));
  }

  /** Every neuron on the same inputs; a one-neuron layer returns its Value itself, as the seed's does. */
  forward(x: readonly Operand[]): Outputs<N> {
    const outs = this.neurons.map((neuron) => neuron.forward(x));
    return (outs.length === 1 ? outs[0] : outs) as Outputs<N>;
  }

  parameters(): Value[] {
    return this.neurons.flatMap((neuron) => neuron.parameters());
  }
}

/** The size of a list's last element, for typing an MLP's output. */
type Last<T extends readonly number[]> = T extends readonly [...unknown[], infer L extends number] ? L : number;

export class MLP<const Sizes extends readonly number[] = readonly number[]> extends Module {
  layers: Layer[];

  /** `new MLP(3, [4, 4, 1])`: 3 inputs, two hidden layers of 4 neurons, one output. */
  constructor(nin: number, nouts: Sizes, options: MLPOptions = {}) {
    super();
    if (!Array.isArray(nouts) || nouts.length === 0) {
      throw new TypeError(`MLP: nouts must be a non-empty array of layer sizes, got ${describe(nouts)}`);
    }
    const random = randomSource(options);
    const sizes = [nin, ...nouts];
    this.layers = nouts.map((nout, i) => {
      const last = i === nouts.length - 1;
      const activation = last && options.linearOutput ? 'linear' : (options.activation ?? 'tanh');
      return new Layer(sizes[i], nout, { activation, random });
    });
  }

  /** Each layer's outputs feed the next. */
  forward(x: readonly Operand[]): Outputs<Last<Sizes>> {
    let out: Value | Value[] = x as Value[];
    for (const layer of this.layers) out = layer.forward(Array.isArray(out) ? out : [out]);
    return out as Outputs<Last<Sizes>>;
  }

  parameters(): Value[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }
}

function randomSource({ seed, random }: InitOptions): () => number {
  return random ?? (seed === undefined ? Math.random : seededRandom(seed));
}

function checkSize(n: unknown, where: string, name: string): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new TypeError(`${where}: ${name} must be a positive integer, got ${describe(n)}`);
  }
}
