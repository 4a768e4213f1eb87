import { describe, expect, test } from 'vitest';
import { networks } from './reference/index.ts';
import { Tensor, torch } from './tensor.ts';

/** The seed's PyTorch demo; `make` builds each leaf the way one of the three reference cases does. */
function seedDemo(make: (x: number) => Tensor) {
  const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map((v) => {
    const t = make(v);
    t.requiresGrad = true;
    return t;
  });
  const n = x1.mul(w1).add(x2.mul(w2)).add(b);
  const o = torch.tanh(n);
  o.backward();
  return { n: n.item(), o: o.item(), dtype: o.dtype, grads: { x1: x1.grad!.item(), x2: x2.grad!.item(), w1: w1.grad!.item(), w2: w2.grad!.item(), b: b.grad!.item() } };
}

describe("the seed's PyTorch demo, bit for bit", () => {
  const ref = networks.seed_neuron;
  test('as in the seed: float32 tensors cast to double', () => {
    expect(seedDemo((v) => torch.Tensor([v]).double())).toEqual({ n: ref.as_in_seed.n, o: ref.as_in_seed.o, dtype: ref.as_in_seed.dtype, grads: ref.as_in_seed.grads });
  });
  test('float64 from the start', () => {
    expect(seedDemo((v) => torch.tensor([v], torch.float64))).toEqual({ n: ref.float64.n, o: ref.float64.o, dtype: ref.float64.dtype, grads: ref.float64.grads });
  });
  test('float32 throughout', () => {
    expect(seedDemo((v) => torch.Tensor([v]))).toEqual({ n: ref.float32.n, o: ref.float32.o, dtype: ref.float32.dtype, grads: ref.float32.grads });
  });
  test('the numbers the seed prints', () => {
    const { o, grads } = seedDemo((v) => torch.Tensor([v]).double());
    expect([o, grads.x1, grads.w1, grads.x2, grads.w2]).toEqual([0.7071066904050358, -1.5000003851533106, 1.0000002567688737, 0.5000001283844369, 0]);
  });
});

describe('printing as PyTorch prints', () => {
  test.each([
    [() => torch.Tensor([[1, 2, 3], [4, 5, 6]]), 'tensor([[1., 2., 3.],\n        [4., 5., 6.]])'],
    [() => torch.Tensor([2.0]), 'tensor([2.])'],
    [() => torch.Tensor([2.0]).double(), 'tensor([2.], dtype=torch.float64)'],
    [() => torch.tanh(torch.Tensor([0.8813735870195432])), 'tensor([0.7071])'],
  ])('%#', (make, text) => expect(String(make())).toBe(text));

  test('shape, dtype, requires_grad and grad_fn', () => {
    expect(String(torch.Tensor([[1, 2, 3], [4, 5, 6]]).shape)).toBe('torch.Size([2, 3])');
    expect(torch.Tensor([2.0]).dtype).toBe('torch.float32');
    expect(torch.Tensor([2.0]).double().dtype).toBe('torch.float64');
    const x = torch.Tensor([2.0]).double();
    x.requiresGrad = true;
    expect(String(x)).toBe('tensor([2.], dtype=torch.float64, requires_grad=True)');
    expect(String(torch.tanh(x))).toBe('tensor([0.9640], dtype=torch.float64, grad_fn=<TanhBackward0>)');
  });
});

describe('float32 is emulated exactly', () => {
  test('every result is rounded to float32', () => {
    const a = torch.Tensor([0.1]);
    expect(a.item()).toBe(Math.fround(0.1));
    expect(a.add(0.2).item()).toBe(Math.fround(Math.fround(0.1) + Math.fround(0.2)));
    expect(a.double().add(0.2).item()).toBe(Math.fround(0.1) + 0.2);
    expect(torch.Tensor([1]).div(3).item()).toBe(Math.fround(1 / 3));
  });

  test('float() rounds a float64 tensor to float32', () => {
    expect(torch.tensor([0.1], torch.float64).float().item()).toBe(Math.fround(0.1));
  });
});

describe('gradients', () => {
  test('elementwise ops, sum, and accumulation over two backward calls', () => {
    const x = torch.tensor([1, 2, 3], torch.float64);
    x.requiresGrad = true;
    const y = x.mul(x).add(x.exp()).sum();
    y.backward();
    expect(x.grad!.data).toEqual([1, 2, 3].map((v) => 2 * v + Math.exp(v)));
    y.backward();
    expect(x.grad!.data).toEqual([1, 2, 3].map((v) => 2 * (2 * v + Math.exp(v))));
  });

  test('div, sub, neg and pow', () => {
    const a = torch.tensor([3], torch.float64);
    const b = torch.tensor([2], torch.float64);
    a.requiresGrad = b.requiresGrad = true;
    a.div(b).sub(b.pow(2)).neg().backward();
    expect(a.grad!.item()).toBe(-1 / 2);
    expect(b.grad!.item()).toBe(-(-3 / 4 - 4));
  });

  test('tensors without requiresGrad get no grad', () => {
    const a = torch.Tensor([1]);
    const b = torch.Tensor([2]);
    b.requiresGrad = true;
    a.mul(b).backward();
    expect(a.grad).toBeNull();
    expect(b.grad!.item()).toBe(1);
  });
});

describe('bad input', () => {
  test('says which op and what it got', () => {
    expect(() => torch.Tensor([1]).add('2' as never)).toThrow('add: expected a Tensor or a number, got the string "2"');
    expect(() => torch.Tensor(['a' as never])).toThrow('Tensor: expected numbers, got the string "a"');
    expect(() => torch.Tensor([1, 2]).item()).toThrow('item: only a one-element tensor has an item, this one has 2');
    expect(() => torch.Tensor([1, 2]).add(torch.Tensor([1, 2, 3]))).toThrow('add: shapes torch.Size([2]) and torch.Size([3]) do not match');
  });
});
