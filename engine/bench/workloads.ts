// The training workloads `npm run bench` times, and how it times them: plain TypeScript over the engine, so
// the same code runs in Node and, bundled, in Chromium (in-chromium.ts), where learners run the engine.
import { Adam, CharTokenizer, decayedLearningRate, GPT, MLP, trainStep } from '../index.ts';
import { loadParams, networks } from '../reference/index.ts';
import { squaredErrorLoss } from '../reference/losses.ts';
import { ClosureMLP, ClosureValue } from './closure-engine.ts';

export interface Timing {
  /** Total time over consecutive steps divided by their number: garbage collection included, as a learner waits. */
  mean: number;
  /** The median single step: what a step costs when the collector does not run. */
  median: number;
}

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * Untimed warm-up lasts at least this long, as well as a workload's own number of steps. Measured in Chromium:
 * the lecture's step took 0.09 ms after 3,000 steps, and settled at 0.027 ms only after about 20,000 (under a
 * second): the collector sizes its young generation, and the JIT its tiers, to the work as they see it. A fixed
 * count of steps left the smallest workload timed before it settled, and its ratio swung from 10x to 24x.
 */
export const WARMUP_MS = 2000;

/**
 * Times each step function over `blocks` blocks of `perBlock` consecutive steps, after untimed warm-up (so the
 * JIT has compiled them and the heap has grown to the work: `warmup` steps and at least WARMUP_MS). The
 * functions take turns block by block, so that the machine's other load falls on them alike. No collection is
 * forced while timing: the collector runs when it would for a learner, inside the blocks. (Collecting, untimed,
 * before each block left most of a short block's garbage to a collection nobody timed; collecting, timed, after
 * each block charged a full mark-compact the collector would not have run: the GPT step measured 4.4 ms without
 * either, 5.6 ms with the second.) A function may pay for garbage the one before it left; in Node that is the
 * closure port's, which makes more, so the engine's figures err on the slow side.
 */
export function consecutiveSteps(steps: Array<() => void>, blocks: number, perBlock: number, warmup: number, collect: () => void): Timing[] {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < WARMUP_MS; i++) steps.forEach((step) => step());
  const singles = steps.map((): number[] => []);
  const totals = steps.map(() => 0);
  collect(); // the warm-up's garbage, which no block made
  for (let b = 0; b < blocks; b++) {
    steps.forEach((step, s) => {
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

export type MlpWorkload = 'lecture' | 'moons_tanh' | 'moons_relu';

export const MLP_WORKLOADS: Record<MlpWorkload, { name: string; perBlock: number; warmup: number }> = {
  // The lecture's step is tiny: blocks long against the timer's resolution (0.1 ms in Chromium).
  lecture: { name: 'lecture MLP(3,[4,4,1]) tanh, 4 samples', perBlock: 2000, warmup: 2000 },
  moons_tanh: { name: 'moons MLP(2,[16,16,1]) tanh, 100 samples', perBlock: 5, warmup: 3 },
  moons_relu: { name: 'moons MLP(2,[16,16,1]) ReLU, 100 samples', perBlock: 5, warmup: 3 },
};

/** A workload's engine step and closure-port step, from the same reference weights. */
export function mlpSteps(workload: MlpWorkload): { engine: () => void; closure: () => void } {
  const { lecture_mlp: lecture, moons_mlp: moons } = networks;
  const net = workload === 'lecture' ? lecture : moons;
  const relu = workload === 'moons_relu';
  const model = new MLP(net.shape[0], net.shape.slice(1), relu ? { activation: 'relu', linearOutput: true } : {});
  loadParams(model, net.params);
  const lr = workload === 'lecture' ? 0.05 : 0.001;
  return {
    engine: engineStep(model, net.xs, net.ys, lr),
    closure: closureStep(new ClosureMLP(net.params, relu ? 'relu' : 'tanh', relu ? 'linear' : 'tanh'), net.xs, net.ys, lr),
  };
}

/** How many names a GPT timing cycles through: the Python port trains on the same ones. */
export const GPT_NAMES = 30;

/** How the GPT step is timed, in Node and in Chromium alike: a block goes once through the names. */
export const GPT_TIMING = { perBlock: GPT_NAMES, warmup: 10 };

/**
 * One GPT training step per call (microgpt's size), cycling through the first GPT_NAMES `names` (in training
 * order) from seed 42's weights: the workload the Python port times on the same names.
 */
export function gptStep(names: readonly string[], allNames: readonly string[]): () => void {
  const tokenizer = new CharTokenizer(allNames);
  const model = new GPT({ vocabSize: tokenizer.vocabSize }, { seed: 42 });
  const optimizer = new Adam(model.parameters(), { lr: 0.01, beta1: 0.85, beta2: 0.99, eps: 1e-8 });
  const sequences = names.slice(0, GPT_NAMES).map((n) => tokenizer.encode(n));
  let step = 0;
  return () => {
    trainStep(model, optimizer, sequences[step % sequences.length], decayedLearningRate(0.01, step % 1000, 1000));
    step++;
  };
}

/** The engine alone on every workload: what in-chromium.ts runs in the browser. */
export function timeEngine(names: string[], allNames: string[], runs: number, collect: () => void): Record<MlpWorkload | 'gpt', Timing> {
  const result = {} as Record<MlpWorkload | 'gpt', Timing>;
  for (const [key, { perBlock, warmup }] of Object.entries(MLP_WORKLOADS) as Array<[MlpWorkload, (typeof MLP_WORKLOADS)[MlpWorkload]]>) {
    [result[key]] = consecutiveSteps([mlpSteps(key).engine], runs, perBlock, warmup, collect);
  }
  [result.gpt] = consecutiveSteps([gptStep(names, allNames)], runs, GPT_TIMING.perBlock, GPT_TIMING.warmup, collect);
  return result;
}
