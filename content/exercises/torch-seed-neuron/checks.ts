import { defineChecks } from '../../../src/checks/define.ts';
import { show } from '../../../src/checks/judge.ts';
import type * as Solution from './solution.ts';

// What the lecture's PyTorch demo printed (and engine/reference/networks.json's seed_neuron.as_in_seed).
const PRINTED = { o: 0.7071066904050358, x1: -1.5000003851533106, w1: 1.0000002567688737, x2: 0.5000001283844369, w2: 0 };
const MICROGRAD_O = 0.7071067811865476;
const FLOAT32_O = 0.7071067094802856;

export default defineChecks<typeof Solution>([
  {
    name: 'o is what PyTorch printed: 0.7071066904050358',
    observe: ({ seedDemo }) => seedDemo().o,
    expected: PRINTED.o,
    tolerance: 0,
    message: (got) =>
      got === MICROGRAD_O
        ? `o should be ${PRINTED.o}; got ${got}, micrograd's float64 value — are the tensors made as float32 (torch.Tensor) before .double()?`
        : got === FLOAT32_O
          ? `o should be ${PRINTED.o}; got ${got}, a float32 result — is every tensor cast to float64 with .double()?`
          : `o should be ${PRINTED.o}; got ${show(got)}.`,
  },
  {
    name: 'x1.grad and w1.grad are what PyTorch printed',
    observe: ({ seedDemo }) => {
      const { x1, w1 } = seedDemo();
      return [x1, w1];
    },
    expected: [PRINTED.x1, PRINTED.w1],
    tolerance: 0,
  },
  {
    name: 'x2.grad and w2.grad are what PyTorch printed',
    observe: ({ seedDemo }) => {
      const { x2, w2 } = seedDemo();
      return [x2, w2];
    },
    expected: [PRINTED.x2, PRINTED.w2],
    tolerance: 0,
  },
]);
