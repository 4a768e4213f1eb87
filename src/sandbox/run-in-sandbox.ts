// The page side of a run: a fresh worker per run, stopped when it finishes or runs out of time.
import type { RunEvent, RunRequest } from './protocol.ts';
import RunWorker from './worker/index.ts?worker';

export type RunOutcome = { status: 'ok' } | { status: 'error' } | { status: 'timeout'; seconds: number } | { status: 'cancelled' };

export interface RunHandle {
  /** Settles when the run ends; never rejects because of the learner's code. */
  outcome: Promise<RunOutcome>;
  /** Stops the run now (a newer run replaces it, or the learner pressed Stop). */
  cancel(): void;
  /** Tells the running code that the learner moved one of its controls. */
  setControl(name: string, value: number): void;
}

/**
 * Runs compiled JavaScript in a new Web Worker, with the engine's names in `scope` (all when undefined). `onEvent` receives what the code printed and drew, in order.
 * A run that does not finish within `timeLimitMs` is terminated: the page never freezes, and the next run
 * starts from a clean worker.
 */
export function runInSandbox(code: string, timeLimitMs: number, scope: readonly string[] | undefined, onEvent: (event: RunEvent) => void): RunHandle {
  const worker = new RunWorker();
  let settle: (outcome: RunOutcome) => void = () => {};
  let failed = false;
  const outcome = new Promise<RunOutcome>((resolve) => {
    settle = (result) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
      settle = () => {};
    };
  });
  const timer = setTimeout(() => settle({ status: 'timeout', seconds: timeLimitMs / 1000 }), timeLimitMs);
  worker.addEventListener('message', (message: MessageEvent<RunEvent>) => {
    const event = message.data;
    if (event.type === 'error') failed = true;
    onEvent(event);
    if (event.type === 'done') settle({ status: failed ? 'error' : 'ok' });
  });
  worker.addEventListener('error', (error) => {
    onEvent({ type: 'error', name: 'Error', message: error.message || 'The sandbox could not start.' });
    settle({ status: 'error' });
  });
  worker.postMessage({ type: 'run', code, scope } satisfies RunRequest);
  return {
    outcome,
    cancel: () => settle({ status: 'cancelled' }),
    setControl: (name, value) => worker.postMessage({ type: 'control', name, value } satisfies RunRequest),
  };
}
