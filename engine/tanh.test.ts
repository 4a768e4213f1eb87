import { describe, expect, test } from 'vitest';
import { topologicalOrder } from './graph.ts';
import { MLP } from './nn.ts';
import { loadParams, networks } from './reference/index.ts';
import { squaredErrorLoss } from './reference/losses.ts';
import { tanh, tanhExact, tanhFast } from './tanh.ts';
import { seedNeuron } from './test-utils.ts';

// Exact tanh rounded to the nearest double, computed with Python's decimal module at 60 digits. After the
// edge cases come inputs where Math.tanh is one unit off, which is why the engine has its own tanh.
const EXACT: Array<[x: number, tanhX: number]> = [
  [0.8813735870195432, 0.7071067811865476],
  [0.881373405456543, 0.7071066904050358],
  [1e-08, 1e-08],
  [2e-09, 2e-09],
  [0.3465, 0.33326791814661283],
  [0.35, 0.3363755443363322],
  [0.5, 0.46211715726000974],
  [1.0, 0.7615941559557649],
  [2.5, 0.9866142981514303],
  [10.0, 0.9999999958776927],
  [19.0, 0.9999999999999999],
  [19.1, 1.0],
  [21.9, 1.0],
  [-0.75, -0.6351489523872873],
  [0.013840774964442443, 0.013839891220010232],
  [-0.08122808264515302, -0.08104990520842711],
  [0.007866340851152702, 0.007866178600565328],
  [0.8783340378971731, 0.7055837378603659],
  [0.6751559513251457, 0.5883612315744962],
  [-0.006281874682105646, -0.006281792051736079],
  [0.08758060614355945, 0.08735736605038653],
  [-0.010306479537741775, -0.010306114623066753],
  [0.2943123306386053, 0.28609903388598557],
  [0.8195100317788044, 0.6748031063940685],
  [0.4799630946624891, 0.44621405350836796],
  [-0.00037796365171519596, -0.00037796363371700605],
  [-0.08557548116089464, -0.08536719686114633],
  [0.0007695759147568863, 0.0007695757628305574],
  [-0.2504407743465772, -0.24533295208346345],
  [-0.006650593853052628, -0.006650495801981684],
  [0.027380399048012816, 0.027373558862955456],
  [0.4052511054575705, 0.3844330241545534],
  [-0.003759901465988591, -0.0037598837483564444],
  [0.3998185003560202, 0.37979365341168997],
  [-0.7333497297240674, -0.6251104033985356],
  [-0.19661989142907332, -0.1941247343521989],
  [-0.7370062128614556, -0.62733297809889],
  [0.1298814453535988, 0.12915600838780847],
  // Here Math.tanh (and glibc's tanh, the same fdlibm algorithm) are two units off.
  [-0.9979999999924304, -0.7607529270409406],
  [-0.53199999999243, -0.48690841628691234],
  [0.17700000000757063, 0.17517446250494081],
];

describe('tanh', () => {
  test.each(EXACT)('tanh(%s) = %s, correctly rounded', (x, expected) => {
    expect(tanh(x)).toBe(expected);
    expect(tanh(-x)).toBe(-expected);
  });

  test('within two units of Math.tanh (itself up to two units off) on a sweep of [-25, 25]', () => {
    for (let x = -25; x <= 25; x += 0.001) {
      const ours = tanh(x);
      const theirs = Math.tanh(x);
      expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.abs(theirs));
    }
  });

  test('limits, signed zero and NaN', () => {
    expect(tanh(1000)).toBe(1);
    expect(tanh(-1000)).toBe(-1);
    expect(tanh(Infinity)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect(tanh(NaN)).toBeNaN();
    expect(tanh(5e-324)).toBe(5e-324);
  });
});

describe('the fast try gives the exact path\'s results', () => {
  // A reproducible stream of doubles (a 32-bit LCG is enough to spread inputs; fast-check is not needed here).
  let state = 20261204;
  const uniform = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const signed = (x: number) => (uniform() < 0.5 ? -x : x);
  /** |x| spread evenly over the orders of magnitude from 10^lo to 10^hi. */
  const magnitudes = (count: number, lo: number, hi: number) =>
    Array.from({ length: count }, () => signed(10 ** (lo + (hi - lo) * uniform())));
  const between = (count: number, lo: number, hi: number) => Array.from({ length: count }, () => signed(lo + (hi - lo) * uniform()));

  /** The lecture's MLP(3,[4,4,1]) trained as in the reference run: every tanh input it meets. */
  function lectureTanhInputs(): number[] {
    const { xs, ys, params, training } = networks.lecture_mlp;
    const model = new MLP(3, [4, 4, 1]);
    loadParams(model, params);
    const inputs: number[] = [];
    for (let step = 0; step < training.steps; step++) {
      const loss = squaredErrorLoss(model, xs, ys);
      for (const v of topologicalOrder(loss)) if (v.op === 'tanh') inputs.push(v.prev[0].data);
      model.zeroGrad();
      loss.backward();
      for (const p of model.parameters()) p.data += -training.lr * p.grad;
    }
    return inputs;
  }

  const groups: Array<[string, number[]]> = [
    ["the seed's neuron and the lecture's MLP over its 20 training steps", [seedNeuron().n.data, ...lectureTanhInputs()]],
    ['subnormals and tiny numbers (1e-320 to 1e-9)', magnitudes(50_000, -320, -9)],
    ['small (1e-9 to 0.01), where e^(-2x) - 1 cancels', magnitudes(250_000, -9, -2)],
    ['0.01 to 1', magnitudes(250_000, -2, 0)],
    ['around 0.88, the seed\'s neuron', between(150_000, 0.87, 0.89)],
    ['1 to 22', between(250_000, 1, 22)],
    ['beyond 22, to 1e300', magnitudes(50_000, Math.log10(22), 300)],
  ];

  test(`${groups.reduce((n, [, xs]) => n + xs.length, 0)} inputs: tanh(x) is bit for bit the exact path's, the fast try undecided on under 0.5%`, () => {
    let undecided = 0;
    let tried = 0;
    for (const [name, xs] of groups) {
      for (const x of xs) {
        const fast = tanh(x);
        const exact = tanhExact(x);
        if (!Object.is(fast, exact)) expect.fail(`${name}: tanh(${x}) = ${fast}, the exact path gives ${exact}`);
        const a = Math.abs(x);
        if (a >= 1e-9 && a <= 22) {
          tried++;
          if (Number.isNaN(tanhFast(a))) undecided++;
        }
      }
    }
    expect(tried).toBeGreaterThan(900_000);
    expect(undecided / tried).toBeLessThan(0.005);
    expect(undecided).toBeGreaterThan(0); // the slow path is reached, so the comparison above tests both
  });
});
