// `npm run bench`: milliseconds per training step of the engine on the course's workloads — in Node and in
// Chromium, where learners run it — beside two baselines: a straightforward closure-per-node port run in this
// same Node process, and Python (the seed's own engine for the MLPs, a port of the course's GPT for the GPT)
// on the same networks, weights and data. Then the ratios the engine is held to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CharTokenizer, GPT, Value } from '../index.ts';
import { gptWorkload, portSetup, trainingNames } from './gpt-setup.ts';
import { timeInChromium } from './in-chromium.ts';
import { consecutiveSteps, GPT_NAMES, GPT_TIMING, WARMUP_MS, gptStep, MLP_WORKLOADS, mlpSteps, type MlpWorkload, type Timing } from './workloads.ts';

/** Scales how many steps are timed (BENCH_RUNS=30 for steadier figures, 3 for a quick look). */
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** A full collection after warm-up (`node --expose-gc`, as npm run bench runs it): see consecutiveSteps. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median milliseconds of `timed(setup())`: only the second part is timed. */
function medianAfterSetup<T>(setup: () => T, timed: (input: T) => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const input = setup();
    const start = performance.now();
    timed(input);
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function chain(length: number): Value {
  let y = new Value(0);
  for (let i = 0; i < length; i++) y = y.add(1);
  return y;
}

// --- Node: the engine beside the closure port, workload by workload ---------------------------------------
const mlpKeys = Object.keys(MLP_WORKLOADS) as MlpWorkload[];
const node: Record<string, { engine: Timing; closure?: Timing }> = {};
for (const key of mlpKeys) {
  const { engine, closure } = mlpSteps(key);
  const [e, c] = consecutiveSteps([engine, closure], RUNS, MLP_WORKLOADS[key].perBlock, MLP_WORKLOADS[key].warmup, collect);
  node[key] = { engine: e, closure: c };
}
const names = trainingNames();
[node.gpt] = consecutiveSteps([gptStep(names, names)], RUNS, GPT_TIMING.perBlock, GPT_TIMING.warmup, collect).map((engine) => ({ engine }));
const chains = {
  forward: consecutiveSteps([() => chain(30_000)], RUNS, 10, 3, collect)[0],
  backward: medianAfterSetup(() => chain(30_000), (root) => root.backward(), RUNS * 2),
  millionBackward: medianAfterSetup(() => chain(1_000_000), (root) => root.backward(), 3),
};

// --- Chromium: the engine where learners run it ------------------------------------------------------------
const chromium = await timeInChromium(names, names, RUNS);

// --- Python: the seed's engine on the MLPs, the GPT port on the same names and weights ----------------------
interface PythonTimings {
  python: string;
  lecture: Timing;
  moons_tanh: Timing;
  moons_relu: Timing;
  gpt?: Timing;
}
const python = ((): PythonTimings | { error: string } => {
  const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  const seed = spawnSync('python3', [here('./seed_engine.py'), here('../reference/networks.json'), String(RUNS)], { encoding: 'utf8' });
  if (seed.error || seed.status !== 0) return { error: seed.error?.message ?? seed.stderr.trim().split('\n').pop() ?? 'failed' };
  const timings = JSON.parse(seed.stdout) as PythonTimings;
  // The GPT port trains once on the same names, from the same initial weights, as one timed run.
  const { tokenizer, model } = gptWorkload();
  const dir = mkdtempSync(join(tmpdir(), 'gpt-bench-'));
  try {
    const setup = join(dir, 'setup.json');
    writeFileSync(setup, JSON.stringify(portSetup(model, names.slice(0, GPT_NAMES).map((n) => tokenizer.encode(n)), 1000)));
    const port = spawnSync('python3', [here('./gpt_port.py'), setup], { encoding: 'utf8' });
    if (port.status === 0) {
      const ms = (JSON.parse(port.stdout) as { ms: number[] }).ms;
      timings.gpt = { mean: ms.reduce((a, b) => a + b, 0) / ms.length, median: [...ms].sort((a, b) => a - b)[ms.length >> 1] };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return timings;
})();

// --- The table and the ratios ------------------------------------------------------------------------------
const ms = (x: number) => x.toFixed(x < 1 ? 3 : 1);
const both = (t: Timing | undefined) => (t ? `${ms(t.mean)} / ${ms(t.median)} ms` : '–');
const times = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}x`;
const gptParams = new GPT({ vocabSize: new CharTokenizer(names).vocabSize }).parameters().length;
const workloads = [
  ...mlpKeys.map((key) => ({ key, name: MLP_WORKLOADS[key].name, label: { lecture: 'lecture MLP step', moons_tanh: 'tanh moons step', moons_relu: 'ReLU moons step' }[key], goal: { lecture: 15, moons_tanh: 60, moons_relu: 100 }[key] })),
  { key: 'gpt' as const, name: `GPT (microgpt's size, ${gptParams} parameters), one name`, label: 'gpt step', goal: 50 },
];
const inChromium = (key: string) => ('error' in chromium ? undefined : chromium[key as MlpWorkload | 'gpt']);
const inPython = (key: string) => ('error' in python ? undefined : python[key as keyof Omit<PythonTimings, 'python'>]);
const rows: string[][] = [
  ['ms per step: mean / median', 'engine (Node)', 'engine (Chromium)', 'closure port (Node)', 'Python'],
  ...workloads.map((w) => [w.name, both(node[w.key].engine), both(inChromium(w.key)), both(node[w.key].closure), both(inPython(w.key))]),
  ['30,000-node chain: forward', both(chains.forward), '', '', ''],
  ['30,000-node chain: backward (median)', `${ms(chains.backward)} ms`, '', '', ''],
  ['1,000,000-node chain: backward (median)', `${ms(chains.millionBackward)} ms`, '', '', ''],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(
  `Node ${process.version}; the mean is over consecutive steps, garbage collection included, after at least ${WARMUP_MS / 1000} s of warm-up (BENCH_RUNS=${RUNS})\n`,
);
for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('');
for (const w of workloads) {
  const against = w.key === 'gpt' ? 'the Python port' : "the seed's Python engine";
  const py = inPython(w.key);
  const chrome = inChromium(w.key);
  const closure = node[w.key].closure;
  const parts: string[] = [];
  if (py && chrome) parts.push(`${w.label}: engine ${times(py.mean, chrome.mean)} faster than ${against} (in Chromium, by mean; goal ${w.goal}x)`);
  if (py) parts.push(`${w.label}: engine in Node ${times(py.mean, node[w.key].engine.mean)} faster by mean, ${times(py.median, node[w.key].engine.median)} by median`);
  if (closure) parts.push(`${w.label}: engine ${times(closure.mean, node[w.key].engine.mean)} faster than the closure port (Node)`);
  for (const line of parts) console.log(line);
}
if ('error' in python) console.log(`Python was not timed (${python.error}): install python3 to compare`);
else console.log(`(CPython ${python.python})`);
if ('error' in chromium) console.log(`Chromium was not timed (${chromium.error})`);
else console.log(`(Chromium ${chromium.version})`);
