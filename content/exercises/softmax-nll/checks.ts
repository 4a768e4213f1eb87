import { Value } from '../../../engine/index.ts';
import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

// PyTorch 1.13: F.cross_entropy(torch.tensor([[0., 3., -2., 1.]], dtype=torch.float64), torch.tensor([3])).
const PYTORCH_LOSS = 2.1755153626167143;
const PYTORCH_GRADS = [0.04177257051535046, 0.8390245074625321, 0.00565330266221633, -0.8864503806400987];

/** The learner's loss and gradients for these logits. */
function run(softmaxNll: (logits: Value[], label: number) => Value, zs: number[], label: number) {
  const logits = zs.map((z) => new Value(z));
  const loss = softmaxNll(logits, label);
  loss.backward();
  return { loss: loss.data, grads: logits.map((z) => z.grad) };
}

/** softmax minus one-hot: the gradient of cross-entropy, computed here with plain numbers. */
function expectedGrads(zs: number[], label: number): number[] {
  const max = Math.max(...zs);
  const exps = zs.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e, i) => e / sum - (i === label ? 1 : 0));
}

export default defineChecks<typeof Solution>([
  {
    name: 'the loss for logits [0, 3, -2, 1] and label 3 is PyTorch’s 2.1755153626167143',
    observe: ({ softmaxNll }) => run(softmaxNll, [0, 3, -2, 1], 3).loss,
    expected: PYTORCH_LOSS,
    tolerance: 1e-9,
    message: (got) => `the loss should be ${PYTORCH_LOSS}; got ${show(got)}${typeof got === 'number' && got < 0 ? ' — is it -log(p)? A probability is at most 1, so -log(p) is never negative.' : '.'}`,
  },
  {
    name: 'the gradients of the logits are PyTorch’s',
    observe: ({ softmaxNll }) => run(softmaxNll, [0, 3, -2, 1], 3).grads,
    expected: PYTORCH_GRADS,
    tolerance: 1e-9,
    message: (got) => `the gradients should be softmax − one-hot, ${show(PYTORCH_GRADS)}; got ${show(got)}.`,
  },
  {
    name: 'another example: logits [1, -1, 0.5], label 0',
    observe: ({ softmaxNll }) => run(softmaxNll, [1, -1, 0.5], 0),
    expected: { loss: -Math.log(expectedGrads([1, -1, 0.5], 0)[0] + 1), grads: expectedGrads([1, -1, 0.5], 0) },
    tolerance: 1e-9,
  },
  {
    name: 'large logits do not overflow: [1000, 1001, 1002], label 2',
    observe: ({ softmaxNll }) => run(softmaxNll, [1000, 1001, 1002], 2),
    expected: { loss: -Math.log(expectedGrads([1000, 1001, 1002], 2)[2] + 1), grads: expectedGrads([1000, 1001, 1002], 2) },
    tolerance: 1e-9,
    message: (got) => `expected a finite loss (about 0.4076); got ${show((got as { loss: number }).loss)} — e^1000 overflows: subtract the largest logit from every logit before exp.`,
  },
]);
