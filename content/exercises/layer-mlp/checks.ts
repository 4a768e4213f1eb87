import { MLP as EngineMLP } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
const X = [2.0, 3.0, -1.0];

/** Every parameter set to a known number, in parameters() order: the i-th to sin(i + 1). */
function fixWeights(params: Array<{ data: number }>) {
  params.forEach((p, i) => (p.data = Math.sin(i + 1)));
}

const engine = new EngineMLP(3, [4, 4, 1]);
fixWeights(engine.parameters());

export default defineChecks<Learner>([
  {
    name: 'a Layer(3, 4) has 4 neurons of 3 inputs each',
    observe: ({ Layer }) => new Layer(3, 4).neurons.map((n) => n.w.length),
    expected: [4, 4, 4, 4].map(() => 3),
  },
  {
    name: 'a layer of 4 neurons returns 4 Values; a layer of 1 returns the Value itself',
    observe: ({ Layer }) => {
      const four = new Layer(3, 4).forward(X);
      const one = new Layer(3, 1).forward(X);
      return [Array.isArray(four) ? four.length : 'one Value', Array.isArray(one) ? `a list of ${one.length}` : 'one Value'];
    },
    expected: [4, 'one Value'],
  },
  {
    name: "MLP(3, [4, 4, 1]) has the lecture's 41 parameters",
    observe: ({ MLP }) => new MLP(3, [4, 4, 1]).parameters().length,
    expected: 41,
    message: (got) => `expected 41 parameters (4·(3+1) + 4·(4+1) + 1·(4+1)); got ${show(got)}.`,
  },
  {
    name: 'MLP(3, [4, 4, 1]) has layers of 4, 4 and 1 neurons, fed 3, 4 and 4 inputs',
    observe: ({ MLP }) => new MLP(3, [4, 4, 1]).layers.map((l) => `${l.neurons.length}×${l.neurons[0]?.w.length}`),
    expected: ['4×3', '4×4', '1×4'],
  },
  {
    name: "with the same weights, its forward pass gives the engine's MLP output",
    observe: ({ MLP }) => {
      const mlp = new MLP(3, [4, 4, 1]);
      fixWeights(mlp.parameters());
      const out = mlp.forward(X);
      return Array.isArray(out) ? `a list of ${out.length}` : out.data;
    },
    expected: engine.forward(X).data,
  },
]);
