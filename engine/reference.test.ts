// The engine against PyTorch: every number here was computed by PyTorch (see reference/README.md).
import { describe, expect, test } from 'vitest';
import { MLP } from './nn.ts';
import { expressions, gradsOf, loadParams, networks, paramsOf, type Arg, type NetworkParams } from './reference/index.ts';
import { squaredErrorLoss, svmLoss } from './reference/losses.ts';
import { expectClose, seedNeuron } from './test-utils.ts';
import { Value } from './value.ts';

function expectParamsClose(actual: NetworkParams, expected: NetworkParams, rel: number, what: string) {
  expected.forEach((layer, l) =>
    layer.forEach((neuron, n) => {
      neuron.w.forEach((w, i) => expectClose(actual[l][n].w[i], w, rel, `${what} layer ${l} neuron ${n} w${i}:`));
      expectClose(actual[l][n].b, neuron.b, rel, `${what} layer ${l} neuron ${n} b:`);
    }),
  );
}

describe('150 random expression programs', () => {
  test.each(expressions.map((p) => [p.id, p] as const))('%s: value and every leaf gradient', (_, program) => {
    const env = new Map<string, Value>(Object.entries(program.leaves).map(([name, x]) => [name, new Value(x, [], '', name)]));
    const arg = (a: Arg) => (typeof a === 'number' ? a : env.get(a)!);
    for (const step of program.steps) {
      const [first, second] = step.args;
      // A number first (e.g. 2.5 - n0) is wrapped, as a learner writes new Value(2.5).sub(n0).
      const x = typeof first === 'number' ? new Value(first) : env.get(first)!;
      const y = arg(second);
      const out = {
        add: () => x.add(y),
        sub: () => x.sub(y),
        mul: () => x.mul(y),
        div: () => x.div(y),
        neg: () => x.neg(),
        tanh: () => x.tanh(),
        exp: () => x.exp(),
        relu: () => x.relu(),
        pow: () => x.pow(step.exponent!),
      }[step.op]();
      env.set(step.out, out);
    }
    const root = env.get(program.output)!;
    root.backward();
    expectClose(root.data, program.value, 1e-12, 'value:');
    // Gradients that cancel to zero (a / a) are compared relative to the largest gradient (or 1).
    const scale = Math.max(1, ...Object.values(program.grads).map(Math.abs));
    for (const [leaf, grad] of Object.entries(program.grads)) {
      expectClose(env.get(leaf)!.grad, grad, 1e-12, `${leaf}.grad:`, scale);
    }
  });
});

describe("micrograd's classic tests", () => {
  test('sanity_check', () => {
    const ref = networks.micrograd_tests.sanity_check;
    const x = new Value(-4.0);
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    const y = h.add(q).add(q.mul(x));
    y.backward();
    expect(y.data).toBe(ref.y);
    expect(x.grad).toBe(ref.x_grad);
  });

  test('more_ops', () => {
    const ref = networks.micrograd_tests.more_ops;
    const a = new Value(-4.0);
    const b = new Value(2.0);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(c.add(1).add(a.neg()));
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(d.mul(3).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2.0);
    g = g.add(new Value(10.0).div(f));
    g.backward();
    expectClose(g.data, ref.g, 1e-12, 'g:');
    expectClose(a.grad, ref.a_grad, 1e-12, 'a.grad:');
    expectClose(b.grad, ref.b_grad, 1e-12, 'b.grad:');
  });
});

describe("the seed's neuron in float64", () => {
  test('o = tanh(x1*w1 + x2*w2 + b) and its five leaf gradients', () => {
    const ref = networks.seed_neuron.float64;
    const { x1, x2, w1, w2, b, n, o } = seedNeuron();
    o.backward();
    expect(n.data).toBe(ref.n);
    expect(o.data).toBe(ref.o);
    expect(String(o)).toBe('Value(data=0.7071067811865476)');
    const grads = { x1, x2, w1, w2, b };
    for (const [name, v] of Object.entries(grads)) expectClose(v.grad, ref.grads[name as keyof typeof grads], 1e-12, name);
  });
});

describe('the lecture MLP(3, [4, 4, 1])', () => {
  const ref = networks.lecture_mlp;
  const build = () => {
    const model = new MLP(3, [4, 4, 1]);
    loadParams(model, ref.params);
    return model;
  };

  test('first pass: predictions, loss and the gradient of all 41 parameters', () => {
    const model = build();
    expect(model.parameters()).toHaveLength(41);
    const ypred = ref.xs.map((x) => model.forward(x).data);
    ypred.forEach((y, i) => expectClose(y, ref.first_pass.ypred[i], 1e-12, `ypred[${i}]`));
    const loss = squaredErrorLoss(model, ref.xs, ref.ys);
    loss.backward();
    expectClose(loss.data, ref.first_pass.loss, 1e-12, 'loss');
    expectParamsClose(gradsOf(model), ref.first_pass.grads, 1e-12, 'grad');
  });

  test('20 steps of gradient descent follow the same losses to the same final parameters', () => {
    const model = build();
    const { lr, steps, losses, final_params } = ref.training;
    for (let k = 0; k < steps; k++) {
      const loss = squaredErrorLoss(model, ref.xs, ref.ys);
      model.zeroGrad();
      loss.backward();
      for (const p of model.parameters()) p.data += -lr * p.grad;
      expectClose(loss.data, losses[k], 1e-12, `loss at step ${k}`);
    }
    expectParamsClose(paramsOf(model), final_params, 1e-12, 'final');
  });
});

describe("micrograd's ReLU MLP(2, [16, 16, 1]) on two moons", () => {
  test('SVM max-margin loss + L2, accuracy, and every gradient', () => {
    const ref = networks.moons_mlp;
    const model = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true });
    loadParams(model, ref.params);
    const { total, dataLoss, regLoss, accuracy } = svmLoss(model, ref.xs, ref.ys);
    total.backward();
    expectClose(dataLoss.data, ref.loss.data, 1e-12, 'data loss');
    expectClose(regLoss.data, ref.loss.reg, 1e-12, 'reg loss');
    expectClose(total.data, ref.loss.total, 1e-12, 'total loss');
    expect(accuracy).toBe(ref.accuracy);
    expectParamsClose(gradsOf(model), ref.grads, 1e-12, 'grad');
  });
});
