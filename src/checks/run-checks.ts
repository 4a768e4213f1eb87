// The page side of a Check: compiles nothing (the caller did), starts a check worker with the learner's
// module, and runs the checks here on the page (check-all.ts), asking the worker for each observation,
// all under one time limit.
import type { CheckEvent, CheckRequest } from '../sandbox/protocol.ts';
import { loadChecks } from '../exercises/checks-registry.ts';
import { checkAll, StopChecks } from './check-all.ts';
import type { CheckRun, ObservationReport } from './define.ts';
import { errorRun } from './judge.ts';
import CheckWorker from './worker/index.ts?worker';

export interface CheckOptions {
  timeLimitMs: number;
  /** Maps a runtime error's stack to " (line L, column C)" in the learner's code, or ''. */
  where: (stack: string | undefined) => string;
  /** The seed of the hidden cases (the same seed, the same cases). */
  seed: number;
}

export async function runChecks(exercise: string, js: string, { timeLimitMs, where, seed }: CheckOptions): Promise<CheckRun> {
  const checks = await loadChecks(exercise);
  const nonce = crypto.randomUUID();
  const worker = new CheckWorker();
  // One request at a time: `waiting` is the reply the page is waiting for, `stop` the reason to give up.
  let waiting: { resolve: (event: CheckEvent) => void; reject: (stop: StopChecks) => void } | undefined;
  let stop: StopChecks | undefined;
  const end = (reason: StopChecks) => {
    stop ??= reason;
    waiting?.reject(stop);
    waiting = undefined;
  };
  const ask = (request: CheckRequest) =>
    new Promise<CheckEvent>((resolve, reject) => {
      if (stop) return reject(stop);
      waiting = { resolve, reject };
      worker.postMessage(request);
    });
  const timer = setTimeout(
    () => end(new StopChecks(`Stopped: the checks were still running after ${timeLimitMs / 1000} s. Is there a loop that never ends?`)),
    timeLimitMs,
  );
  worker.addEventListener('message', (message: MessageEvent<CheckEvent>) => {
    const event = message.data;
    if (event?.nonce !== nonce || !waiting) return; // not from the checks: the learner's code posting
    const { resolve } = waiting;
    waiting = undefined;
    resolve(event);
  });
  worker.addEventListener('error', (error) => {
    error.preventDefault();
    end(new StopChecks(`The checks stopped: ${error.message || 'the worker crashed'}.`));
  });
  try {
    const loaded = await ask({ type: 'load', exercise, code: js, nonce });
    if (loaded.type === 'error') {
      const what = loaded.name ? `${loaded.name}: ${loaded.message}` : `it threw ${loaded.message}`;
      return errorRun(checks, `Your code could not run: ${what}${where(loaded.stack)}`);
    }
    return await checkAll(
      checks,
      async (index, input): Promise<ObservationReport> => {
        const reply = await ask({ type: 'observe', index, input });
        if (reply.type !== 'observation') throw new StopChecks('The checks stopped: the worker answered out of turn.');
        return reply.report;
      },
      seed,
    );
  } catch (error) {
    if (error instanceof StopChecks) return errorRun(checks, error.message);
    throw error;
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** A fresh seed per Check (learners can't memorise the cases), or the one in the page's ?check-seed= to replay a verdict. */
export function checkSeed(search = location.search): number {
  const given = Number(new URLSearchParams(search).get('check-seed'));
  if (Number.isSafeInteger(given) && given !== 0) return given;
  return crypto.getRandomValues(new Uint32Array(1))[0] >>> 1 || 1;
}
