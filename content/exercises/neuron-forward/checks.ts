import fc from 'fast-check';
import { Neuron as EngineNeuron, Value } from '../../../engine/index.ts';
import {
  engineAncestry,
  factor,
  input as inputNumber,
  list,
  neuronWeights,
  num,
  parameterProblem,
  parameterReport,
  parametersRight,
  type NeuronWeights,
} from '../../../src/checks/cases/networks.ts';
import { defineChecks, hiddenCases } from '../../../src/checks/define.ts';
import { same, show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type LearnerNeuron = InstanceType<Learner['Neuron']>;
const hidden = hiddenCases<Learner>();

// The lesson's numbers.
const W = [0.5, -0.25];
const B = 0.1;
const X = [2.0, 3.0];

/** A Neuron (the learner's or the engine's) with these weights, set through its fields `w` and `b`. */
function withWeights<N extends { w: Array<{ data: number }>; b: { data: number } }>(n: N, { w, b }: NeuronWeights): N {
  w.forEach((x, i) => (n.w[i].data = x));
  n.b.data = b;
  return n;
}
const engineNeuron = (weights: NeuronWeights) => withWeights(new EngineNeuron(weights.w.length), weights);

const reference = engineNeuron({ w: W, b: B }).forward(X);

// --- How the weights are drawn -------------------------------------------------------------------------

/**
 * Many draws in words that are the same for every right answer: all Values, all in [-1, 1), reaching below
 * -0.5 and above 0.5, about half negative, and mostly different from each other (not one fixed list).
 */
function draws(ps: unknown[]) {
  let notValues = 0;
  let min = Infinity;
  let max = -Infinity;
  let negatives = 0;
  let low = false;
  let high = false;
  const distinct = new Set<number>();
  for (const p of ps) {
    if (!(p instanceof Value) || typeof p.data !== 'number') {
      notValues++;
      continue;
    }
    const x = p.data;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x < 0) negatives++;
    if (x < -0.5) low = true;
    if (x >= 0.5) high = true;
    distinct.add(x);
  }
  const n = ps.length;
  return {
    values: notValues === 0 ? 'all Values' : `${notValues} of ${n} are not Values`,
    range: min >= -1 && max < 1 ? 'within [-1, 1)' : `from ${min} to ${max}`,
    belowMinusHalf: low,
    aboveHalf: high,
    negatives: negatives >= n / 4 && negatives <= (3 * n) / 4 ? 'about half' : `${negatives} of ${n}`,
    different: distinct.size >= n / 2 ? 'mostly different' : `${distinct.size} distinct of ${n}`,
  };
}
const RIGHT_DRAWS = { values: 'all Values', range: 'within [-1, 1)', belowMinusHalf: true, aboveHalf: true, negatives: 'about half', different: 'mostly different' };

function drawProblem(got: ReturnType<typeof draws>, what: string): string | undefined {
  if (got.values !== RIGHT_DRAWS.values) return `${what}: ${got.values}.`;
  if (got.range !== RIGHT_DRAWS.range) return `${what} should be in [-1, 1); they go ${got.range}.`;
  if (got.different !== RIGHT_DRAWS.different) {
    const k = Number.parseInt(got.different, 10);
    return `${what} should be drawn at random for each new Neuron; among them are only ${k} distinct number${k === 1 ? '' : 's'} — the same numbers every time?`;
  }
  if (got.negatives !== RIGHT_DRAWS.negatives) {
    const zero = got.negatives.startsWith('0 of');
    return `${what} should be uniform in [-1, 1), so about half of them negative; ${got.negatives} are${zero ? ' — drawn from [0, 1) (Math.random()) rather than [-1, 1) (Math.random() * 2 - 1)?' : '.'}`;
  }
  if (!got.belowMinusHalf || !got.aboveHalf) {
    return `${what} should spread over all of [-1, 1); none is ${!got.belowMinusHalf ? 'below -0.5' : 'at or above 0.5'}.`;
  }
  return undefined;
}

// --- Hidden cases ---------------------------------------------------------------------------------------

const nins = fc.integer({ min: 1, max: 8 });

type ForwardCase = NeuronWeights & { x: number[] };
const forwardCases = nins
  .chain((nin) => fc.record({ weights: neuronWeights(nin), x: fc.array(inputNumber(), { minLength: nin, maxLength: nin }) }))
  .map(({ weights, x }): ForwardCase => ({ ...weights, x }))
  // |w · x + b| ≤ 300: tanh written with exp (e^2a) stays finite, so every right formula gives one answer.
  .filter(({ w, b, x }) => Math.abs(w.reduce((s, wi, i) => s + wi * x[i], b)) <= 300);

type BackwardCase = NeuronWeights & { xs: number[][]; c: number[] };
/** One or two forward passes, each output times a factor, summed: backward from a root above the neuron. */
const backwardCases = nins
  .chain((nin) =>
    fc.record({
      weights: neuronWeights(nin),
      xs: fc.array(fc.array(inputNumber(), { minLength: nin, maxLength: nin }), { minLength: 1, maxLength: 2 }),
      c: fc.tuple(factor(), factor()),
    }),
  )
  .map(({ weights, xs, c }): BackwardCase => ({ ...weights, xs, c: c.slice(0, xs.length) }))
  .filter(({ w, b, xs }) => xs.every((x) => Math.abs(w.reduce((s, wi, i) => s + wi * x[i], b)) <= 300));

/** The root of a backward case: Σ forward(xs[k]) · c[k], built with the learner's Neuron or the engine's. */
function backwardRoot(n: { forward: (x: number[]) => unknown }, { xs, c }: BackwardCase): Value {
  let root: Value | undefined;
  xs.forEach((x, k) => {
    const term = (n.forward(x) as Value).mul(c[k]);
    root = root === undefined ? term : root.add(term);
  });
  return root!;
}

function gradReport(n: LearnerNeuron) {
  return { w: n.w.map((w) => w.grad), b: n.b.grad };
}

function setupCode({ w, b }: NeuronWeights): string[] {
  return [`const n = new Neuron(${w.length});`, `n.w.forEach((w, i) => (w.data = ${list(w)}[i]));`, `n.b.data = ${b};`];
}

function backwardExpected(input: BackwardCase) {
  const n = engineNeuron(input);
  backwardRoot(n, input).backward();
  return { w: n.w.map((w) => w.grad), b: n.b.grad };
}

function backwardCode(input: BackwardCase): string {
  const { xs, c } = input;
  const e = backwardExpected(input);
  const outs = xs.map((x, k) => `const out${k + 1} = n.forward(${list(x)});`);
  const root = xs.map((_, k) => `out${k + 1}.mul(${c[k]})`).join('.add(') + (xs.length > 1 ? ')' : '');
  return [
    ...setupCode(input),
    ...outs,
    `${root}.backward();`,
    `console.log(n.w.map((w) => w.grad), n.b.grad); // should be ${list(e.w.map(num))}, ${num(e.b)}`,
  ].join('\n');
}

export default defineChecks<Learner>([
  {
    name: "your Neuron is your own class, not the engine's",
    observe: ({ Neuron }) => engineAncestry(new Neuron(2)),
    expected: null,
    message: (got) => `Your Neuron is not your own: ${String(got)}. Write the class yourself, from Values.`,
  },
  {
    name: 'a Neuron(3) has 3 weights and a bias, all Values in [-1, 1)',
    observe: ({ Neuron }) => {
      const n = new Neuron(3);
      const all = [...n.w, n.b];
      return { weights: n.w.length, inRange: all.every((p) => p instanceof Value && p.data >= -1 && p.data < 1) };
    },
    expected: { weights: 3, inRange: true },
    message: (got) => {
      const g = got as { weights: number; inRange: boolean };
      if (g.weights !== 3) return `a Neuron(3) should have 3 weights in w; it has ${show(g.weights)}.`;
      return 'every weight and the bias should be a Value whose data is in [-1, 1); some are not.';
    },
  },
  {
    name: 'the weights are drawn uniformly from [-1, 1), anew for each neuron (300 weights of 100 Neuron(3)s)',
    observe: ({ Neuron }) => draws(Array.from({ length: 100 }, () => new Neuron(3)).flatMap((n) => n.w)),
    expected: RIGHT_DRAWS,
    message: (got) => drawProblem(got as ReturnType<typeof draws>, 'the 300 weights of 100 new Neuron(3)s'),
  },
  {
    name: 'the bias is drawn uniformly from [-1, 1) too (the biases of 100 Neuron(3)s)',
    observe: ({ Neuron }) => draws(Array.from({ length: 100 }, () => new Neuron(3).b)),
    expected: RIGHT_DRAWS,
    message: (got) => drawProblem(got as ReturnType<typeof draws>, 'the biases of 100 new Neuron(3)s'),
  },
  {
    name: 'forward is tanh(w · x + b): w = [0.5, -0.25], b = 0.1, x = [2, 3]',
    observe: ({ Neuron }) => withWeights(new Neuron(2), { w: W, b: B }).forward(X).data,
    expected: reference.data,
    message: (got) => {
      const g = got as number;
      const [shown, want] = typeof g === 'number' ? showPair(g, reference.data) : [show(g), show(reference.data)];
      const start = `expected ${want}, got ${shown}`;
      if (Math.abs(g - Math.tanh(W[0] * X[0] + W[1] * X[1])) < 1e-12) return `${start}, which is tanh(w · x) — is the bias added?`;
      if (Math.abs(g - (W[0] * X[0] + W[1] * X[1] + B)) < 1e-12) return `${start}, which is w · x + b — is the result squashed with tanh?`;
      return `${start}.`;
    },
  },
  {
    name: 'backward from the output reaches every weight and the bias',
    observe: ({ Neuron }) => {
      const n = withWeights(new Neuron(2), { w: W, b: B });
      n.forward(X).backward();
      return [...n.w, n.b].map((p) => p.grad);
    },
    expected: (() => {
      const n = engineNeuron({ w: W, b: B });
      n.forward(X).backward();
      return [...n.w, n.b].map((p) => p.grad);
    })(),
    message: (got, expected) => {
      const g = got as number[];
      if (g.every((x) => x === 0)) return 'after forward([2, 3]).backward(), every weight and the bias still has grad 0: is the output built from the weights themselves with Value ops (not from their .data)?';
      return `after forward([2, 3]).backward(), the grads of w[0], w[1] and b should be ${show(expected)}; got ${show(got)}.`;
    },
  },
  {
    name: 'parameters() returns the weights and the bias themselves',
    observe: ({ Neuron }) => {
      const n = new Neuron(2);
      return parameterReport(n.parameters(), [...n.w, n.b]);
    },
    expected: parametersRight(3),
    message: (got) => parameterProblem(got, 'parameters() of a Neuron(2)', 3, 'neuron'),
  },
  hidden({
    name: 'a Neuron(nin) has nin weights, and parameters() is its weights and bias, each once, for nin from 1 to 8',
    cases: nins,
    observe: ({ Neuron }, nin) => {
      const n = new Neuron(nin);
      return { weights: n.w.length, parameters: parameterReport(n.parameters(), [...n.w, n.b]) };
    },
    expected: (nin) => ({ weights: nin, parameters: parametersRight(nin + 1) }),
    code: (nin) => [`const n = new Neuron(${nin});`, `console.log(n.w.length, n.parameters()); // ${nin} weights; the ${nin} weights and the bias`].join('\n'),
    message: (got, _expected, nin) => {
      const g = got as { weights: number; parameters: unknown };
      if (g.weights !== nin) return `a Neuron(${nin}) should have ${nin} weights in w; it has ${show(g.weights)}.`;
      return parameterProblem(g.parameters as never, `parameters() of a Neuron(${nin})`, nin + 1, 'neuron');
    },
  }),
  hidden({
    name: 'forward is tanh(w · x + b) for any number of inputs, weights and inputs (0, negatives, large)',
    cases: forwardCases,
    observe: ({ Neuron }, { w, b, x }) => withWeights(new Neuron(w.length), { w, b }).forward(x).data,
    expected: ({ w, b, x }) => engineNeuron({ w, b }).forward(x).data,
    code: (input) => [...setupCode(input), `console.log(n.forward(${list(input.x)}).data); // should be ${num(engineNeuron(input).forward(input.x).data)}`].join('\n'),
    message: (got, expected, { w, b, x }) => {
      const g = got as number;
      const e = expected as number;
      const [shown, want] = typeof g === 'number' ? showPair(g, e) : [show(g), show(e)];
      const start = `with w = ${list(w)}, b = ${b}, forward(${list(x)}).data should be ${want}; got ${shown}`;
      const dot = w.reduce((s, wi, i) => s + wi * x[i], 0);
      // A wrong formula is named only when it is the one that gives this number (and the right one does not).
      const is = (v: number) => same(g, v, 1e-9) && !same(v, e, 1e-9);
      if (is(Math.tanh(dot))) return `${start}, which is tanh(w · x) — is the bias added?`;
      if (is(dot + b)) return `${start}, which is w · x + b — is the result squashed with tanh?`;
      return `${start}.`;
    },
  }),
  hidden({
    name: 'backward from a root above the neuron gives every weight and the bias its gradient, with the neuron used once or twice',
    cases: backwardCases,
    observe: ({ Neuron }, input) => {
      const n = withWeights(new Neuron(input.w.length), input);
      backwardRoot(n, input).backward();
      return gradReport(n);
    },
    expected: backwardExpected,
    code: backwardCode,
    message: (got, expected) => {
      const g = got as { w: unknown[]; b: unknown };
      const e = expected as { w: number[]; b: number };
      const zero = Array.isArray(g.w) && [...g.w, g.b].every((x) => x === 0) && [...e.w, e.b].some((x) => x !== 0);
      if (zero) return 'every weight and the bias still has grad 0: is the output built from the weights themselves with Value ops (not from their .data)?';
      const pairs: Array<[string, unknown, number]> = [...e.w.map((x, i): [string, unknown, number] => [`w[${i}].grad`, g.w[i], x]), ['b.grad', g.b, e.b]];
      for (const [name, have, want] of pairs) {
        if (typeof have !== 'number' || Math.abs(have - want) > 1e-9 * Math.max(1, Math.abs(want))) {
          const [h, w] = typeof have === 'number' ? showPair(have, want) : [show(have as never), show(want)];
          return `n.${name} should be ${w}; got ${h}.`;
        }
      }
      return undefined;
    },
  }),
]);
