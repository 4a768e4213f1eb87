// `npm run bench`: milliseconds per training step of the engine on the course's workloads, beside two
// baselines — a straightforward closure-per-node port run in this same process, and the seed's own Python
// engine on the same networks, weights and data — and the ratios the engine is held to.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MLP, Value } from '../index.ts';
import { loadParams, networks } from '../reference/index.ts';
import { squaredErrorLoss } from '../reference/losses.ts';
import { ClosureMLP, ClosureValue } from './closure-engine.ts';

/** Scales how many steps are timed (BENCH_RUNS=30 for steadier figures, 3 for a quick look). */
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Timing {
  /** Total time over consecutive steps divided by their number: garbage collection included, as a learner waits. */
  mean: number;
  /** The median single step: what a step costs when the collector does not run. */
  median: number;
}

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** Collects all garbage before a block (`node --expose-gc`, as npm run bench runs it), so that a block pays for
 * its own garbage and never for what the other engine left. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Times each step function over `blocks` blocks of `perBlock` consecutive steps, after untimed warm-up
 * (so the JIT has compiled them). The functions take turns block by block, so that the machine's other load
 * falls on them alike, and their ratio is a fair one; each block starts from a collected heap.
 */
function consecutiveSteps(steps: Array<() => void>, blocks: number, perBlock: number, warmup = 3): Timing[] {
  for (let i = 0; i < warmup; i++) steps.forEach((step) => step());
  const singles = steps.map((): number[] => []);
  const totals = steps.map(() => 0);
  for (let b = 0; b < blocks; b++) {
    steps.forEach((step, s) => {
      collectGarbage();
      const blockStart = performance.now();
      for (let i = 0; i < perBlock; i++) {
        const start = performance.now();
        step();
        singles[s].push(performance.now() - start);
      }
      totals[s] += performance.now() - blockStart;
    });
  }
  return steps.map((_, s) => ({ mean: totals[s] / (blocks * perBlock), median: medianOf(singles[s]) }));
}

/** Median milliseconds of `timed(setup())`: only the second part is timed. */
function medianAfterSetup<T>(setup: () => T, timed: (input: T) => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const input = setup();
    const start = performance.now();
    timed(input);
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  return medianOf(times);
}

/** Full batch, as the seed trains: forward every sample, squared error, zero the gradients, backward, step. */
function engineStep(model: MLP, xs: number[][], ys: number[], lr: number) {
  return () => {
    const loss = squaredErrorLoss(model, xs, ys);
    model.zeroGrad();
    loss.backward();
    for (const p of model.parameters()) p.data += -lr * p.grad;
  };
}

function closureStep(model: ClosureMLP, xs: number[][], ys: number[], lr: number) {
  return () => {
    let loss = new ClosureValue(0);
    xs.forEach((x, i) => (loss = loss.add(model.forward(x)[0].sub(ys[i]).pow(2))));
    for (const p of model.parameters()) p.grad = 0;
    loss.backward();
    for (const p of model.parameters()) p.data += -lr * p.grad;
  };
}

function chain(length: number): Value {
  let y = new Value(0);
  for (let i = 0; i < length; i++) y = y.add(1);
  return y;
}

const { lecture_mlp: lecture, moons_mlp: moons } = networks;

/** The three workloads, each an engine model and a closure-port model from the same reference weights. */
function models(hidden: 'tanh' | 'relu', params: typeof moons.params, sizes: [number, number[]]) {
  const model = new MLP(sizes[0], sizes[1], hidden === 'relu' ? { activation: 'relu', linearOutput: true } : {});
  loadParams(model, params);
  return { model, closure: new ClosureMLP(params, hidden, hidden === 'relu' ? 'linear' : 'tanh') };
}
const lectureModels = models('tanh', lecture.params, [3, [4, 4, 1]]);
const tanhMoons = models('tanh', moons.params, [2, [16, 16, 1]]);
const reluMoons = models('relu', moons.params, [2, [16, 16, 1]]);

const [lectureEngine, lectureClosure] = consecutiveSteps(
  [engineStep(lectureModels.model, lecture.xs, lecture.ys, 0.05), closureStep(lectureModels.closure, lecture.xs, lecture.ys, 0.05)],
  RUNS,
  100,
  50,
);
const [tanhEngine, tanhClosure] = consecutiveSteps(
  [engineStep(tanhMoons.model, moons.xs, moons.ys, 0.001), closureStep(tanhMoons.closure, moons.xs, moons.ys, 0.001)],
  RUNS,
  5,
);
const [reluEngine, reluClosure] = consecutiveSteps(
  [engineStep(reluMoons.model, moons.xs, moons.ys, 0.001), closureStep(reluMoons.closure, moons.xs, moons.ys, 0.001)],
  RUNS,
  5,
);
const chains = {
  forward: consecutiveSteps([() => chain(30_000)], RUNS, 10)[0],
  backward: medianAfterSetup(() => chain(30_000), (root) => root.backward(), RUNS * 2),
  millionBackward: medianAfterSetup(() => chain(1_000_000), (root) => root.backward(), 3),
};

interface PythonTimings {
  python: string;
  lecture: Timing;
  moons_tanh: Timing;
  moons_relu: Timing;
}
const python = ((): PythonTimings | { error: string } => {
  const script = fileURLToPath(new URL('./seed_engine.py', import.meta.url));
  const data = fileURLToPath(new URL('../reference/networks.json', import.meta.url));
  const run = spawnSync('python3', [script, data, String(RUNS)], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return { error: run.error?.message ?? run.stderr.trim().split('\n').pop() ?? 'failed' };
  return JSON.parse(run.stdout) as PythonTimings;
})();

const ms = (x: number) => x.toFixed(x < 1 ? 3 : 1);
const both = (t: Timing) => `${ms(t.mean)} / ${ms(t.median)} ms`;
const times = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}x`;
const workloads = [
  { name: 'lecture MLP(3,[4,4,1]) tanh, 4 samples', label: 'lecture MLP step', key: 'lecture', engine: lectureEngine, closure: lectureClosure, goal: 15 },
  { name: 'moons MLP(2,[16,16,1]) tanh, 100 samples', label: 'tanh moons step', key: 'moons_tanh', engine: tanhEngine, closure: tanhClosure, goal: 60 },
  { name: 'moons MLP(2,[16,16,1]) ReLU, 100 samples', label: 'ReLU moons step', key: 'moons_relu', engine: reluEngine, closure: reluClosure, goal: 100 },
] as const;

const rows: string[][] = [
  ['ms per step: mean / median', 'engine', 'closure port', 'seed (CPython)'],
  ...workloads.map((w) => [w.name, both(w.engine), both(w.closure), 'error' in python ? '–' : both(python[w.key])]),
  ['30,000-node chain: forward', both(chains.forward), '', ''],
  ['30,000-node chain: backward (median)', `${ms(chains.backward)} ms`, '', ''],
  ['1,000,000-node chain: backward (median)', `${ms(chains.millionBackward)} ms`, '', ''],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(`Node ${process.version}; the mean is over consecutive steps, garbage collection included (BENCH_RUNS=${RUNS})\n`);
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('');
for (const w of workloads) {
  const label = w.label;
  const closure = `${times(w.closure.mean, w.engine.mean)} faster than the closure port`;
  if ('error' in python) {
    console.log(`${label}: engine ${closure}`);
    continue;
  }
  const seed = python[w.key];
  console.log(
    `${label}: engine ${times(seed.mean, w.engine.mean)} faster than the seed's Python engine by mean ` +
      `(${times(seed.median, w.engine.median)} by median; goal ${w.goal}x), ${closure}`,
  );
}
if ('error' in python) console.log(`the seed's Python engine was not timed (${python.error}): install python3 to compare`);
else console.log(`(CPython ${python.python})`);
