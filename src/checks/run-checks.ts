// The page side of a Check: compiles nothing (the caller did), starts a check worker with the learner's
// module, and runs the checks here on the page (check-all.ts), asking the worker for observations — a case
// check's cases all in one message, their answers streamed back — all under one time limit.
import type { CheckEvent, CheckRequest } from '../sandbox/protocol.ts';
import { loadChecks } from '../exercises/checks-registry.ts';
import { checkAll, StopChecks, type Observer } from './check-all.ts';
import type { CheckRun, ObservationReport } from './define.ts';
import { errorRun, timedOutMessage } from './judge.ts';
import CheckWorker from './worker/index.ts?worker';

export interface CheckOptions {
  timeLimitMs: number;
  /** Maps a runtime error's stack to " (line L, column C)" in the learner's code, or ''. */
  where: (stack: string | undefined) => string;
  /** The seed of the hidden cases (the same seed, the same cases). */
  seed: number;
}

/** Replies are matched to the request waiting for them; `take` says whether it wants more (a batch does). */
interface Waiting {
  take: (event: CheckEvent) => 'more' | 'done';
  reject: (stop: StopChecks) => void;
}

export async function runChecks(exercise: string, js: string, { timeLimitMs, where, seed }: CheckOptions): Promise<CheckRun> {
  const checks = await loadChecks(exercise);
  const nonce = crypto.randomUUID();
  let worker: Worker | undefined;
  let waiting: Waiting | undefined;
  let stop: StopChecks | undefined;
  const end = (reason: StopChecks) => {
    stop ??= reason;
    waiting?.reject(stop);
    waiting = undefined;
  };
  const ask = (request: CheckRequest, take: Waiting['take'], reject: Waiting['reject']) => {
    if (stop) return reject(stop);
    waiting = { take, reject };
    worker!.postMessage(request);
  };
  /** The worker, with the learner's module loaded. */
  const start = () =>
    new Promise<CheckEvent>((resolve, reject) => {
      worker = checkWorkerFor(exercise);
      worker.addEventListener('message', (message: MessageEvent<CheckEvent>) => {
        const event = message.data;
        if (event?.nonce !== nonce || !waiting) return; // not from the checks: the learner's code posting
        if (waiting.take(event) === 'done') waiting = undefined;
      });
      worker.addEventListener('error', (error) => {
        error.preventDefault();
        end(new StopChecks(`The checks stopped: ${error.message || 'the worker crashed'}.`));
      });
      ask({ type: 'load', exercise, code: js, nonce }, (event) => {
        resolve(event);
        return 'done';
      }, reject);
    });
  const outOfTurn = () => new StopChecks('The checks stopped: the worker answered out of turn.');

  const observer: Observer = {
    async one(index, input) {
      const reply = await new Promise<CheckEvent>((resolve, reject) =>
        ask({ type: 'observe', index, input }, (event) => {
          resolve(event);
          return 'done';
        }, reject),
      );
      if (reply.type !== 'observation' || reply.report.index !== index) throw outOfTurn();
      return reply.report;
    },
    async many(index, inputs, keepGoing) {
      return new Promise<ObservationReport[]>((resolve, reject) => {
        const reports: ObservationReport[] = [];
        // Reports judged and passed, from the first: the answer is these and the failure after them, if any.
        let judged = 0;
        ask(
          { type: 'observe-cases', index, inputs },
          (event) => {
            if (event.type !== 'observation' || event.report.index !== index) {
              reject(outOfTurn());
              return 'done';
            }
            reports.push(event.report);
            if (judged === reports.length - 1 && keepGoing(event.report, judged)) judged++;
            if (reports.length < inputs.length) return 'more';
            resolve(reports.slice(0, judged + 1));
            return 'done';
          },
          (stopped) => {
            stopped.observed = reports.length;
            reject(stopped);
          },
        );
      });
    },
  };

  const timer = setTimeout(
    () => end(new StopChecks(timedOutMessage(timeLimitMs / 1000))),
    timeLimitMs,
  );
  try {
    const loaded = await start();
    if (loaded.type === 'error') {
      const what = loaded.name ? `${loaded.name}: ${loaded.message}` : `it threw ${loaded.message}`;
      return errorRun(checks, `Your code could not run: ${what}${where(loaded.stack)}`);
    }
    return await checkAll(checks, observer, seed);
  } catch (error) {
    if (error instanceof StopChecks) return errorRun(checks, error.message);
    throw error;
  } finally {
    clearTimeout(timer);
    worker?.terminate();
    setTimeout(() => prepareCheckWorker(exercise)); // the next Check's, once this one is shown
  }
}

/**
 * A spare check worker per exercise, its scope and checks already loaded, so that a Check does not wait for a
 * worker to start. It has never seen learner code: each Check still gets a worker of its own.
 */
const spares = new Map<string, Worker>();

export function prepareCheckWorker(exercise: string): void {
  if (spares.has(exercise)) return;
  const worker = new CheckWorker();
  worker.postMessage({ type: 'prepare', exercise } satisfies CheckRequest);
  spares.set(exercise, worker);
}

function checkWorkerFor(exercise: string): Worker {
  const spare = spares.get(exercise);
  spares.delete(exercise);
  return spare ?? new CheckWorker();
}

/** A fresh seed per Check (learners can't memorise the cases), or the one in the page's ?check-seed= to replay a verdict. */
export function checkSeed(search = location.search): number {
  const given = Number(new URLSearchParams(search).get('check-seed'));
  if (Number.isSafeInteger(given) && given !== 0) return given;
  return crypto.getRandomValues(new Uint32Array(1))[0] >>> 1 || 1;
}
