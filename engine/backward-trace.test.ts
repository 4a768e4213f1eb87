import { describe, expect, test } from 'vitest';
import { traceBackward } from './backward-trace.ts';
import { seedNeuron } from './test-utils.ts';
import { Value } from './value.ts';

describe('traceBackward', () => {
  test("records the seed's neuron in reverse topological order, one node per step, with the seed's grads", () => {
    const { x1, w1, n, o } = seedNeuron();
    const steps = traceBackward(o);
    expect(steps.map((s) => s.node.label)).toEqual(['o', 'n', 'b', 'x1*w1 + x2*w2', 'x2*w2', 'w2', 'x2', 'x1*w1', 'w1', 'x1']);
    expect(steps[0].upstream).toBe(1);
    expect(steps[0].contributions).toEqual([{ child: n, local: o.grad * (1 - o.data ** 2), amount: n.grad, gradAfter: n.grad }]);
    const x1w1 = steps.find((s) => s.node.label === 'x1*w1')!;
    expect(x1w1.contributions.map((c) => [c.child, c.local, c.amount])).toEqual([
      [x1, -3, x1.grad],
      [w1, 2, w1.grad],
    ]);
    expect(x1.grad).toBeCloseTo(-1.5, 12);
  });

  test('a value used twice shows two contributions and its running total', () => {
    const a = new Value(3, [], '', 'a');
    const b = a.add(a);
    const [step] = traceBackward(b);
    expect(step.contributions.map((c) => [c.amount, c.gradAfter])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(a.grad).toBe(2);
  });
});

test("each value's last recorded gradient is exactly its final grad", () => {
  const a = new Value(0.3, [], '', 'a');
  const b = new Value(-1.7, [], '', 'b');
  const c = a.mul(b).add(a.tanh()).mul(a).add(b.exp().mul(b)).tanh();
  const last = new Map<Value, number>();
  for (const step of traceBackward(c)) for (const k of step.contributions) last.set(k.child, k.gradAfter);
  for (const [value, grad] of last) expect(grad).toBe(value.grad);
});
