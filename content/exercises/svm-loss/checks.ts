import { makeMoons, MLP } from '../../../engine/index.ts';
import { svmLoss as engineSvmLoss } from '../../../engine/reference/losses.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

const { xs, ys } = makeMoons(20, 0.1, { seed: 3 });
const model = () => new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 3 });
const expectedParts = (alpha: number) => {
  const { dataLoss, regLoss, total, accuracy } = engineSvmLoss(model(), xs, ys, alpha);
  return { data: dataLoss.data, reg: regLoss.data, total: total.data, accuracy };
};
const withRegularization = expectedParts(1e-4);
const withoutRegularization = expectedParts(0);

export default defineChecks<typeof Solution>([
  {
    name: 'the data loss is the mean hinge loss relu(1 − y·score) (alpha = 0)',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys, 0).total.data,
    expected: withoutRegularization.total,
    message: (got) => {
      const g = got as number;
      const hint =
        Math.abs(g - withoutRegularization.total * xs.length) < 1e-9
          ? ' — that is the sum of the point losses; the loss is the mean, not the sum.'
          : ' — is each point’s loss relu(1 − y·score), zero once the score has the right sign with a margin of 1?';
      return `expected ${show(withoutRegularization.total)}, got ${show(g)}${hint}`;
    },
  },
  {
    name: 'the total adds alpha times the sum of squared parameters (alpha = 1e-4)',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys, 1e-4).total.data,
    expected: withRegularization.total,
    message: (got) => `expected ${show(withRegularization.total)}, got ${show(got)} — is alpha · Σ p² added (it is ${show(withRegularization.reg * 1e-4)} here)?`,
  },
  {
    name: 'the accuracy is the fraction of points on the right side',
    observe: ({ svmLoss }) => svmLoss(model(), xs, ys).accuracy,
    expected: withRegularization.accuracy,
  },
  {
    name: 'backward through the loss reaches every parameter',
    observe: ({ svmLoss }) => {
      const m = model();
      svmLoss(m, xs, ys).total.backward();
      return m.parameters().slice(0, 6).map((p) => p.grad);
    },
    expected: (() => {
      const m = model();
      engineSvmLoss(m, xs, ys, 1e-4).total.backward();
      return m.parameters().slice(0, 6).map((p) => p.grad);
    })(),
  },
]);
