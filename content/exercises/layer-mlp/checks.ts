import fc from 'fast-check';
import { MLP as EngineMLP } from '../../../engine/index.ts';
import {
  engineAncestry,
  factor,
  input,
  list,
  mlpSizes,
  mlpWeights,
  num,
  parameterProblem,
  parameterReport,
  parametersRight,
  type NeuronWeights,
} from '../../../src/checks/cases/networks.ts';
import { defineChecks, hiddenCases } from '../../../src/checks/define.ts';
import type { Observation } from '../../../src/checks/define.ts';
import { show, showPair } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const hidden = hiddenCases<Learner>();

/** What the checks need of an MLP, the learner's or the engine's. */
type Net = {
  layers: Array<{ neurons: Array<{ w: Array<{ data: number; grad: number }>; b: { data: number; grad: number } }>; parameters(): unknown[] }>;
  forward(x: number[]): unknown;
  parameters(): unknown[];
};
type V = { data: number; grad: number; mul(k: number): V; add(v: V): V; backward(): void };

// --- Shapes and weights ---------------------------------------------------------------------------------

/** Each layer as "<neurons>×<inputs>", with a note when its neurons are not all different objects. */
function shapeOf(net: Net): string[] {
  return net.layers.map((layer) => {
    const neurons = layer.neurons;
    const distinct = new Set(neurons).size;
    const shape = `${neurons.length}×${neurons[0]?.w.length}`;
    return distinct === neurons.length ? shape : `${shape}, but only ${distinct} distinct neuron${distinct === 1 ? '' : 's'}`;
  });
}
const expectedShape = (nin: number, nouts: readonly number[]) => nouts.map((nout, l) => `${nout}×${[nin, ...nouts][l]}`);

function shapeProblem(got: unknown, nin: number, nouts: readonly number[]): string {
  const want = expectedShape(nin, nouts);
  const call = `MLP(${nin}, ${list(nouts)})`;
  if (!Array.isArray(got)) return `${call}.layers should be a list of ${nouts.length} layers; got ${show(got as Observation)}.`;
  if (got.length !== want.length) return `${call} should have ${want.length} layer${want.length === 1 ? '' : 's'} (one per size in nouts); it has ${got.length}.`;
  const l = got.findIndex((s, i) => s !== want[i]);
  const repeated = String(got[l]).includes('distinct');
  const hint = repeated ? ` — the same Neuron object more than once (as Array(n).fill(new Neuron(nin)) makes): each neuron must be a new Neuron` : '';
  return `${call}: layer ${l} should have ${want[l].replace('×', ' neurons of ')} inputs each; it has ${String(got[l]).replace('×', ' neurons of ')}${repeated ? '' : ' inputs'}${hint}.`;
}

/** Sets every neuron's weights and bias through its fields; says where the network's shape does not fit. */
function setWeights(net: Net, weights: NeuronWeights[][]): string | null {
  if (!Array.isArray(net.layers) || net.layers.length !== weights.length) return 'its layers do not match its sizes';
  for (let l = 0; l < weights.length; l++) {
    const neurons = net.layers[l].neurons;
    if (!Array.isArray(neurons) || neurons.length !== weights[l].length) return `layer ${l} does not have ${weights[l].length} neurons`;
    for (let j = 0; j < weights[l].length; j++) {
      const { w, b } = weights[l][j];
      if (neurons[j].w.length !== w.length) return `layer ${l}'s neurons do not have ${w.length} inputs`;
      w.forEach((x, i) => (neurons[j].w[i].data = x));
      neurons[j].b.data = b;
    }
  }
  return null;
}

/** What forward returned: one Value's data, or a list of them. */
function outputOf(out: unknown): Observation {
  if (Array.isArray(out)) return { list: out.map((v) => (v as V).data) };
  return { value: (out as V).data };
}

/** The output, each output times a factor and summed: a root above the network, so upstream gradients are not 1. */
function rootOf(out: unknown, c: readonly number[]): V {
  const outs = (Array.isArray(out) ? out : [out]) as V[];
  return outs.map((o, k) => o.mul(c[k])).reduce((s, t) => s.add(t));
}

const gradsOf = (net: Net) => net.layers.map((layer) => layer.neurons.map((n) => [...n.w.map((w) => w.grad), n.b.grad]));

const engineNet = (nin: number, nouts: number[], weights: NeuronWeights[][]) => {
  const net = new EngineMLP(nin, nouts);
  setWeights(net as unknown as Net, weights);
  return net;
};

// --- The lesson's network, with known weights ------------------------------------------------------------

const X = [2.0, 3.0, -1.0];
const LECTURE = { nin: 3, nouts: [4, 4, 1] };
/** Layer l, neuron j: weight i is sin of a number of its own, the bias cos of it. */
const lectureWeights: NeuronWeights[][] = LECTURE.nouts.map((nout, l) =>
  Array.from({ length: nout }, (_, j) => {
    const nin = [LECTURE.nin, ...LECTURE.nouts][l];
    return { w: Array.from({ length: nin }, (_, i) => Math.sin(100 * l + 10 * j + i + 1)), b: Math.cos(100 * l + 10 * j) };
  }),
);
const lectureOutput = (engineNet(LECTURE.nin, LECTURE.nouts, lectureWeights).forward(X) as unknown as V).data;

// --- Hidden cases: other shapes, weights, inputs ---------------------------------------------------------

type NetCase = { nin: number; nouts: number[]; weights: NeuronWeights[][]; x: number[]; c: number[] };
const shapes = mlpSizes({ maxIn: 5, maxLayers: 3, maxSize: 5 });
const netCases: fc.Arbitrary<NetCase> = shapes.chain(({ nin, nouts }) =>
  fc.record({
    nin: fc.constant(nin),
    nouts: fc.constant(nouts),
    weights: mlpWeights(nin, nouts),
    x: fc.array(input(), { minLength: nin, maxLength: nin }),
    c: fc.array(factor(), { minLength: nouts.at(-1)!, maxLength: nouts.at(-1)! }),
  }),
);

const weightsLiteral = (weights: NeuronWeights[][]) => `[${weights.map((layer) => `[${layer.map(({ w, b }) => list([...w, b])).join(', ')}]`).join(', ')}]`;

function netSetup({ nin, nouts, weights }: NetCase): string[] {
  return [
    `const mlp = new MLP(${nin}, ${list(nouts)});`,
    `// Each neuron's weights, then its bias: weights[layer][neuron].`,
    `const weights = ${weightsLiteral(weights)};`,
    'mlp.layers.forEach((layer, l) => layer.neurons.forEach((n, j) => {',
    '  n.w.forEach((w, i) => (w.data = weights[l][j][i]));',
    '  n.b.data = weights[l][j][n.w.length];',
    '}));',
  ];
}

const showOutput = (o: Observation) => {
  const r = o as { list?: number[]; value?: number };
  return r.list ? `a list of ${r.list.length} Values, ${list(r.list.map(num))}` : `one Value, ${num(r.value!)}`;
};

function forwardExpected({ nin, nouts, weights, x }: NetCase): Observation {
  return outputOf(engineNet(nin, nouts, weights).forward(x));
}

function backwardExpected({ nin, nouts, weights, x, c }: NetCase): Observation {
  const net = engineNet(nin, nouts, weights);
  rootOf(net.forward(x), c).backward();
  return gradsOf(net as unknown as Net);
}

const rootCode = (size: number, c: readonly number[]) =>
  size === 1 ? `out.mul(${c[0]})` : c.map((k, i) => `out[${i}].mul(${k})`).reduce((s, t) => `${s}.add(${t})`);

export default defineChecks<Learner>([
  {
    name: "your Layer and MLP are your own classes, not the engine's",
    observe: ({ Layer, MLP }) => [engineAncestry(new Layer(2, 3)), engineAncestry(new MLP(2, [3, 1]))],
    expected: [null, null],
    message: (got) => {
      const [layer, mlp] = got as Array<string | null>;
      return `${layer ? `Your Layer is not your own: ${layer}. ` : ''}${mlp ? `Your MLP is not your own: ${mlp}. ` : ''}Write the classes yourself, from the Neuron given.`;
    },
  },
  {
    name: 'a Layer(3, 4) has 4 neurons of 3 inputs each',
    observe: ({ Layer }) => {
      const neurons = new Layer(3, 4).neurons;
      return { inputs: neurons.map((n) => n.w.length), distinct: new Set(neurons).size };
    },
    expected: { inputs: [3, 3, 3, 3], distinct: 4 },
    message: (got) => {
      const g = got as { inputs: number[]; distinct: number };
      if (g.inputs.length === 4 && g.distinct < 4) {
        return `a Layer(3, 4) should have 4 different neurons; its 4 are only ${g.distinct} distinct Neuron object${g.distinct === 1 ? '' : 's'} (as Array(4).fill(new Neuron(3)) makes: one neuron, four times).`;
      }
      if (g.inputs.length !== 4) return `a Layer(3, 4) should have 4 neurons in neurons; it has ${g.inputs.length}.`;
      return `a Layer(3, 4) should have 4 neurons of 3 inputs each; its neurons have ${show(g.inputs)} inputs.`;
    },
  },
  {
    name: 'a layer of 4 neurons returns 4 Values; a layer of 1 returns the Value itself',
    observe: ({ Layer }) => {
      const four = new Layer(3, 4).forward(X);
      const one = new Layer(3, 1).forward(X);
      return [Array.isArray(four) ? four.length : 'one Value', Array.isArray(one) ? `a list of ${one.length}` : 'one Value'];
    },
    expected: [4, 'one Value'],
    message: (got) => {
      const [four, one] = got as [Observation, Observation];
      if (four !== 4) return `a Layer(3, 4).forward(x) should return a list of its 4 neurons' Values; got ${typeof four === 'number' ? `a list of ${four}` : show(four)}.`;
      return `a Layer(3, 1).forward(x) should return its one neuron's Value itself, as the lecture's does; got ${show(one)}.`;
    },
  },
  {
    name: 'MLP(3, [4, 4, 1]) has layers of 4, 4 and 1 neurons, fed 3, 4 and 4 inputs',
    observe: ({ MLP }) => shapeOf(new MLP(3, [4, 4, 1]) as unknown as Net),
    expected: expectedShape(3, [4, 4, 1]),
    message: (got) => shapeProblem(got, 3, [4, 4, 1]),
  },
  {
    name: "MLP(3, [4, 4, 1]) has the lecture's 41 parameters",
    observe: ({ MLP }) => {
      const mlp = new MLP(3, [4, 4, 1]);
      return parameterReport(
        mlp.parameters(),
        mlp.layers.flatMap((l) => l.neurons.flatMap((n) => [...n.w, n.b])),
      );
    },
    expected: parametersRight(41),
    message: (got) => parameterProblem(got, 'MLP(3, [4, 4, 1]).parameters() (4·(3+1) + 4·(4+1) + 1·(4+1) = 41)', 41),
  },
  {
    name: "with the same weights, its forward pass gives the engine's MLP output",
    observe: ({ MLP }) => {
      const mlp = new MLP(3, [4, 4, 1]) as unknown as Net;
      return setWeights(mlp, lectureWeights) ?? outputOf(mlp.forward(X));
    },
    expected: { value: lectureOutput },
    message: (got) => {
      if (typeof got === 'string') return `the weights could not be set through layers[l].neurons[j].w and .b: ${got}.`;
      const g = got as { value?: number; list?: number[] };
      if (g.value === undefined) return `MLP(3, [4, 4, 1]).forward([2, 3, -1]) should be one Value (its last layer has one neuron); got ${showOutput(got)}.`;
      const [h, w] = showPair(g.value, lectureOutput);
      return `MLP(3, [4, 4, 1]).forward([2, 3, -1]).data should be ${w}, as the engine's MLP gives with the same weights; got ${h}.`;
    },
  },
  hidden({
    name: 'MLP(nin, nouts) has one layer per size, each fed the previous size, for other sizes (a hidden layer of one neuron too)',
    cases: shapes,
    observe: ({ MLP }, { nin, nouts }) => shapeOf(new MLP(nin, nouts) as unknown as Net),
    expected: ({ nin, nouts }) => expectedShape(nin, nouts),
    code: ({ nin, nouts }) =>
      [
        `const mlp = new MLP(${nin}, ${list(nouts)});`,
        `console.log(mlp.layers.map((l) => \`\${l.neurons.length}×\${l.neurons[0].w.length}\`)); // should be ${show(expectedShape(nin, nouts))}`,
      ].join('\n'),
    message: (got, _expected, { nin, nouts }) => shapeProblem(got, nin, nouts),
  }),
  hidden({
    name: "parameters() of each Layer and of the MLP lists every one of its neurons' weights and biases once, in any order",
    cases: shapes,
    observe: ({ MLP }, { nin, nouts }) => {
      const mlp = new MLP(nin, nouts);
      const own = (layer: (typeof mlp.layers)[number]) => layer.neurons.flatMap((n) => [...n.w, n.b]);
      return { layers: mlp.layers.map((l) => parameterReport(l.parameters(), own(l))), mlp: parameterReport(mlp.parameters(), mlp.layers.flatMap(own)) };
    },
    expected: ({ nin, nouts }) => {
      const sizes = [nin, ...nouts];
      const counts = nouts.map((nout, l) => nout * (sizes[l] + 1));
      return { layers: counts.map(parametersRight), mlp: parametersRight(counts.reduce((s, n) => s + n, 0)) };
    },
    code: ({ nin, nouts }) => {
      const sizes = [nin, ...nouts];
      const counts = nouts.map((nout, l) => nout * (sizes[l] + 1));
      return [
        `const mlp = new MLP(${nin}, ${list(nouts)});`,
        `console.log(mlp.layers.map((l) => l.parameters().length), mlp.parameters().length); // should be ${list(counts)}, ${counts.reduce((s, n) => s + n, 0)}, each a different Value`,
      ].join('\n');
    },
    message: (got, expected, { nin, nouts }) => {
      const g = got as { layers: Observation[]; mlp: Observation };
      const e = expected as { layers: Array<{ count: number }>; mlp: { count: number } };
      const call = `MLP(${nin}, ${list(nouts)})`;
      if (!Array.isArray(g.layers) || g.layers.length !== e.layers.length) return `${call} should have ${e.layers.length} layers; it has ${show(g.layers?.length)}.`;
      const l = g.layers.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(e.layers[i]));
      if (l >= 0) return parameterProblem(g.layers[l], `${call}.layers[${l}].parameters()`, e.layers[l].count, 'layer');
      return parameterProblem(g.mlp, `${call}.parameters()`, e.mlp.count);
    },
  }),
  hidden({
    name: "forward gives the engine's MLP output with the same weights, for other sizes, weights and inputs",
    cases: netCases,
    observe: ({ MLP }, { nin, nouts, weights, x }) => {
      const mlp = new MLP(nin, nouts) as unknown as Net;
      return setWeights(mlp, weights) ?? outputOf(mlp.forward(x));
    },
    expected: forwardExpected,
    code: (input) => [...netSetup(input), `console.log(mlp.forward(${list(input.x)})); // should be ${showOutput(forwardExpected(input))}`].join('\n'),
    message: (got, expected, { nin, nouts, x }) => {
      const call = `new MLP(${nin}, ${list(nouts)}).forward(${list(x)})`;
      if (typeof got === 'string') return `the weights could not be set through layers[l].neurons[j].w and .b: ${got}.`;
      const g = got as { value?: number; list?: number[] };
      const e = expected as { value?: number; list?: number[] };
      if ((g.value === undefined) !== (e.value === undefined) || (g.list && g.list.length !== e.list!.length)) {
        return `${call} should return ${showOutput(expected).replace(/, .*/, '')} (its last layer has ${nouts.at(-1)} neuron${nouts.at(-1) === 1 ? '' : 's'}); got ${showOutput(got)}.`;
      }
      return `${call}, with the same weights as the engine's MLP, should be ${showOutput(expected)}; got ${showOutput(got)}.`;
    },
  }),
  hidden({
    name: 'backward from a root above the output gives every weight and bias the gradient it gets in the engine',
    cases: netCases,
    observe: ({ MLP }, { nin, nouts, weights, x, c }) => {
      const mlp = new MLP(nin, nouts) as unknown as Net;
      const problem = setWeights(mlp, weights);
      if (problem) return problem;
      rootOf(mlp.forward(x), c).backward();
      return gradsOf(mlp);
    },
    expected: backwardExpected,
    code: (input) => {
      const grads = backwardExpected(input) as number[][][];
      return [
        ...netSetup(input),
        `const out = mlp.forward(${list(input.x)});`,
        `${rootCode(input.nouts.at(-1)!, input.c)}.backward();`,
        '// Each neuron\'s weights\' grads, then its bias\'s grad:',
        `console.log(mlp.layers.map((l) => l.neurons.map((n) => [...n.w.map((w) => w.grad), n.b.grad])));`,
        `// should be [${grads.map((layer) => `[${layer.map((g) => list(g.map(num))).join(', ')}]`).join(', ')}]`,
      ].join('\n');
    },
    message: (got, expected) => {
      if (typeof got === 'string') return `the weights could not be set through layers[l].neurons[j].w and .b: ${got}.`;
      const e = expected as number[][][];
      const g = got as unknown[][][];
      for (let l = 0; l < e.length; l++) {
        for (let j = 0; j < e[l].length; j++) {
          for (let i = 0; i < e[l][j].length; i++) {
            const have = g[l]?.[j]?.[i];
            const want = e[l][j][i];
            if (typeof have !== 'number' || Math.abs(have - want) > 1e-9 * Math.max(1, Math.abs(want))) {
              const name = i === e[l][j].length - 1 ? 'b.grad' : `w[${i}].grad`;
              const [h, w] = typeof have === 'number' ? showPair(have, want) : [show(have as Observation), show(want)];
              return `mlp.layers[${l}].neurons[${j}].${name} should be ${w}; got ${h}.`;
            }
          }
        }
      }
      return undefined;
    },
  }),
]);
