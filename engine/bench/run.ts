// `npm run bench`: milliseconds per step of the engine on the course's workloads, beside two baselines — a
// straightforward closure-per-node port run in this same process, and the seed's own Python engine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MLP, Value } from '../index.ts';
import { loadParams, networks } from '../reference/index.ts';
import { squaredErrorLoss } from '../reference/losses.ts';
import { ClosureMLP, ClosureValue } from './closure-engine.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const medianOf = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * Median milliseconds per call of each step, after untimed warm-up calls (so the JIT has compiled them).
 * The steps take turns, run by run, so that the garbage collector's state and the machine's other load
 * fall on all of them alike: their ratio is then a fair one.
 */
function medians(steps: Array<() => void>, runs = RUNS, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) steps.forEach((step) => step());
  const times = steps.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    steps.forEach((step, s) => {
      const start = performance.now();
      step();
      times[s].push(performance.now() - start);
    });
  }
  return times.map(medianOf);
}

/** Median milliseconds of `timed(setup())`: only the second part is timed. */
function medianAfterSetup<T>(setup: () => T, timed: (input: T) => void, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const input = setup();
    const start = performance.now();
    timed(input);
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  return medianOf(times);
}

/** Full batch: forward every sample, squared error, zero the gradients, backward, gradient step. */
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

const lectureModel = new MLP(3, [4, 4, 1]);
loadParams(lectureModel, lecture.params);
const moonsModel = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true });
loadParams(moonsModel, moons.params);

const [moonsEngine, moonsClosure] = medians([
  engineStep(moonsModel, moons.xs, moons.ys, 0.001),
  closureStep(new ClosureMLP(moons.params, 'relu', 'linear'), moons.xs, moons.ys, 0.001),
]);
const [lectureEngine, lectureClosure] = medians(
  [
    engineStep(lectureModel, lecture.xs, lecture.ys, 0.05),
    closureStep(new ClosureMLP(lecture.params, 'tanh', 'tanh'), lecture.xs, lecture.ys, 0.05),
  ],
  RUNS * 20,
);
const results = {
  lecture: lectureEngine,
  lectureClosure,
  moons: moonsEngine,
  moonsClosure,
  chainForward: medians([() => chain(30_000)])[0],
  chainBackward: medianAfterSetup(() => chain(30_000), (root) => root.backward()),
  millionBackward: medianAfterSetup(() => chain(1_000_000), (root) => root.backward(), 3),
};

const python = (() => {
  const script = fileURLToPath(new URL('./seed_engine.py', import.meta.url));
  const data = fileURLToPath(new URL('../reference/networks.json', import.meta.url));
  const run = spawnSync('python3', [script, data, String(Math.max(3, Math.round(RUNS / 3)))], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return { error: run.error?.message ?? run.stderr.trim().split('\n').pop() };
  return JSON.parse(run.stdout) as { python: string; lecture_ms: number; moons_ms: number };
})();

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
const times = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
const rows: string[][] = [
  ['workload (median ms per step)', 'engine', 'closure port', 'seed (CPython)'],
  ['lecture MLP(3,[4,4,1]), 4 samples', ms(results.lecture), ms(results.lectureClosure), 'error' in python ? '–' : ms(python.lecture_ms)],
  ['moons MLP(2,[16,16,1]), 100 samples', ms(results.moons), ms(results.moonsClosure), 'error' in python ? '–' : ms(python.moons_ms)],
  ['30,000-node chain: forward', ms(results.chainForward), '', ''],
  ['30,000-node chain: backward', ms(results.chainBackward), '', ''],
  ['1,000,000-node chain: backward', ms(results.millionBackward), '', ''],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(`Node ${process.version}, ${RUNS} timed runs per workload (BENCH_RUNS to change)\n`);
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('');
console.log(`moons step: engine ${times(results.moonsClosure, results.moons)} faster than the closure port (same process)`);
if ('error' in python) console.log(`seed's Python engine not timed (${python.error}); install python3 to compare`);
else {
  console.log(`moons step: engine ${times(python.moons_ms, results.moons)} faster than the seed's Python engine (CPython ${python.python}); goal 30x`);
  console.log(`moons step: closure port ${times(python.moons_ms, results.moonsClosure)} faster than the seed's Python engine`);
}
