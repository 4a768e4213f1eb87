/**
 * Hidden cases for the network exercises (neuron-forward, layer-mlp, svm-loss, training-loop): numbers for
 * weights and inputs that visit the edges (0, ±1, negatives, fractions, large inputs), network shapes of every
 * small size (a layer of one neuron included), and the observations they share: whether a learner's object is
 * their own (not the engine's class or a subclass of it), and whether a `parameters()` list is exactly a set
 * of Values (the same objects, each once, in any order).
 */
import fc from 'fast-check';
import { Layer, MLP, Module, Neuron } from '../../../engine/index.ts';
import type { Observation } from '../define.ts';
import { show } from '../judge.ts';

// --- Generating -----------------------------------------------------------------------------------------

/** A weight or bias in [-1, 1), as the lecture draws them: edges first, then thousandths. */
export const weight = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0, 0.5, -0.25, -1, 0.999) },
    { weight: 3, arbitrary: fc.integer({ min: -1000, max: 999 }).map((n) => n / 1000) },
  );

/** An input: 0, ±1, negatives and fractions in [-5, 5], and now and then a large one. */
export const input = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0, 1, -1, 2, -3, 0.5) },
    { weight: 3, arbitrary: fc.integer({ min: -5000, max: 5000 }).map((n) => n / 1000) },
    { weight: 1, arbitrary: fc.constantFrom(40, -75) },
  );

/** A small non-zero factor the output is multiplied by before backward, so its upstream gradient is not 1. */
export const factor = (): fc.Arbitrary<number> => fc.constantFrom(1, 1, 2, -0.5, 3.25, -4);

/** A neuron's numbers: its weights (one per input) and its bias. */
export type NeuronWeights = { w: number[]; b: number };

export const neuronWeights = (nin: number): fc.Arbitrary<NeuronWeights> =>
  fc.record({ w: fc.array(weight(), { minLength: nin, maxLength: nin }), b: weight() });

/** An MLP's sizes: nin and 1–`maxLayers` layers of 1–`maxSize` neurons (a layer of one comes often). */
export const mlpSizes = ({ maxIn = 5, maxLayers = 3, maxSize = 5, lastSize }: { maxIn?: number; maxLayers?: number; maxSize?: number; lastSize?: number } = {}) =>
  fc.record({
    nin: fc.integer({ min: 1, max: maxIn }),
    nouts: fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: maxSize })), { minLength: 1, maxLength: maxLayers }),
  }).map(({ nin, nouts }) => ({ nin, nouts: lastSize === undefined ? nouts : [...nouts.slice(0, -1), lastSize] }));

/** Every neuron's weights of an MLP of these sizes: [layer][neuron]. */
export const mlpWeights = (nin: number, nouts: readonly number[]): fc.Arbitrary<NeuronWeights[][]> => {
  const sizes = [nin, ...nouts];
  return fc.tuple(...nouts.map((nout, l) => fc.array(neuronWeights(sizes[l]), { minLength: nout, maxLength: nout })));
};

// --- Observing (in the worker) --------------------------------------------------------------------------

const ENGINE_CLASSES = [
  ['Neuron', Neuron],
  ['Layer', Layer],
  ['MLP', MLP],
  ['Module', Module],
] as const;

/**
 * Where a learner's object comes from the engine's Neuron, Layer, MLP or Module: an engine class in its
 * prototype chain (an engine instance, a subclass, a prototype set to the engine's), or an engine method
 * borrowed as its own. null when it is the learner's own.
 */
export function engineAncestry(object: unknown): string | null {
  if (object === null || typeof object !== 'object') return null;
  for (let proto = Object.getPrototypeOf(object); proto !== null; proto = Object.getPrototypeOf(proto)) {
    for (const [name, Class] of ENGINE_CLASSES) if (proto === Class.prototype) return `it is an instance of the engine's ${name}`;
  }
  for (const method of ['forward', 'parameters', 'zeroGrad']) {
    const own = (object as Record<string, unknown>)[method];
    for (const [name, Class] of ENGINE_CLASSES) {
      if (typeof own === 'function' && own === (Class.prototype as unknown as Record<string, unknown>)[method]) return `its ${method} is the engine's ${name}.${method}`;
    }
  }
  return null;
}

/**
 * A `parameters()` result against the Values it should hold (in any order): how many it has, and how many of
 * them are not among those Values (copies or strangers), are listed again, or are missing.
 */
export function parameterReport(list: unknown, own: readonly object[]): Observation {
  if (!Array.isArray(list)) return { list: false, count: 0, copies: 0, strangers: 0, repeats: 0, missing: own.length };
  const mine = new Set(own);
  const numbers = new Set(own.map((p) => (p as { data?: unknown }).data));
  const seen = new Set<unknown>();
  let copies = 0;
  let strangers = 0;
  let repeats = 0;
  for (const p of list) {
    if (!mine.has(p)) {
      if (p !== null && typeof p === 'object' && numbers.has((p as { data?: unknown }).data)) copies++;
      else strangers++;
    } else if (seen.has(p)) repeats++;
    seen.add(p);
  }
  return { list: true, count: list.length, copies, strangers, repeats, missing: own.filter((p) => !seen.has(p)).length };
}

export const parametersRight = (count: number): Observation => ({ list: true, count, copies: 0, strangers: 0, repeats: 0, missing: 0 });

/** What is wrong with a parameterReport, in words ("parameters() of …" is the subject), or undefined. */
export function parameterProblem(got: Observation, what: string, expectedCount: number, owner = 'network'): string | undefined {
  const r = got as { list?: boolean; count?: number; copies?: number; strangers?: number; repeats?: number; missing?: number } | null;
  if (r === null || typeof r !== 'object') return undefined;
  if (!r.list) return `${what} should return a list of ${expectedCount} Values; it did not return a list.`;
  const are = (n: number) => (n === 1 ? 'is' : 'are');
  const parts: string[] = [];
  if (r.copies) parts.push(`${r.copies} of them ${are(r.copies)} new Values with the numbers of its weights — copies, which training would change instead of the weights`);
  if (r.strangers) parts.push(`${r.strangers} of them ${are(r.strangers)} not any weight or bias of the ${owner}`);
  if (r.repeats) parts.push(`${r.repeats} ${r.repeats === 1 ? 'is a Value' : 'are Values'} listed more than once`);
  if (r.missing) parts.push(`${r.missing} weight${r.missing === 1 ? ' or bias is' : 's or biases are'} missing`);
  return `${what} should list each of the ${owner}'s ${expectedCount} weights and biases once (the Values themselves, in any order); it listed ${show(r.count ?? 0)}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
}

// --- Showing --------------------------------------------------------------------------------------------

/** A number list as TypeScript. */
export const list = (xs: ReadonlyArray<number | string>) => `[${xs.join(', ')}]`;

/** A number as a learner reads it: 12 significant digits. */
export const num = (x: number) => show(x);
