import { MLP, Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

const XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]];
const YS = [1.0, -1.0, -1.0, 1.0];
const SEED = 7;

/** The engine's own gradient descent: what the learner's loop must reproduce. */
function engineLosses(steps: number, lr: number): number[] {
  const model = new MLP(3, [4, 4, 1], { seed: SEED });
  const losses: number[] = [];
  for (let k = 0; k < steps; k++) {
    let loss = new Value(0);
    XS.forEach((x, i) => (loss = loss.add((model.forward(x) as Value).sub(YS[i]).pow(2))));
    losses.push(loss.data);
    model.zeroGrad();
    loss.backward();
    for (const p of model.parameters()) p.data += -lr * p.grad;
  }
  return losses;
}

const twenty = engineLosses(20, 0.05);
const hundred = engineLosses(100, 0.05);

export default defineChecks<typeof Solution>([
  {
    name: 'train returns one loss per step',
    observe: ({ train }) => train(new MLP(3, [4, 4, 1], { seed: SEED }), XS, YS, 5, 0.05).length,
    expected: 5,
  },
  {
    name: 'the losses follow gradient descent step by step (20 steps, lr 0.05)',
    observe: ({ train }) => train(new MLP(3, [4, 4, 1], { seed: SEED }), XS, YS, 20, 0.05),
    expected: twenty,
    message: (got) => {
      const losses = got as number[];
      const k = losses.findIndex((l, i) => Math.abs(l - twenty[i]) > 1e-9 * Math.max(1, twenty[i]));
      const at = `at step ${k}, the loss should be ${show(twenty[k])}; got ${show(losses[k])}`;
      if (k === 1 && losses[1] === losses[0]) return `${at} — nothing changed after the first step: are the parameters updated?`;
      if (losses[k] > losses[k - 1]) return `${at}, higher than the step before — is each parameter moving against the gradient (p.data += -lr * p.grad)?`;
      return `${at} — are the gradients zeroed before each backward()?`;
    },
  },
  {
    name: "after 100 steps the lecture's four samples are fitted: the loss is below 0.01",
    observe: ({ train }) => train(new MLP(3, [4, 4, 1], { seed: SEED }), XS, YS, 100, 0.05).at(-1) ?? null,
    expected: hundred[99],
    tolerance: 1e-6,
    message: (got) => `the last loss should be ${show(hundred[99])} (below 0.01); got ${show(got)}.`,
  },
]);
