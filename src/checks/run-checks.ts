// The page side of a Check: compiles nothing (the caller did), runs the check worker under a time limit,
// and judges what it observed, here on the page.
import type { CheckEvent, CheckRequest } from '../sandbox/protocol.ts';
import { loadChecks } from '../exercises/checks-registry.ts';
import type { CheckRun, ObservationReport } from './define.ts';
import { errorRun, judge } from './judge.ts';
import CheckWorker from './worker/index.ts?worker';

export interface CheckOptions {
  timeLimitMs: number;
  /** Maps a runtime error's stack to " (line L, column C)" in the learner's code, or ''. */
  where: (stack: string | undefined) => string;
}

export async function runChecks(exercise: string, js: string, { timeLimitMs, where }: CheckOptions): Promise<CheckRun> {
  const checks = await loadChecks(exercise);
  const nonce = crypto.randomUUID();
  const worker = new CheckWorker();
  const reports: ObservationReport[] = [];
  try {
    return await new Promise<CheckRun>((resolve) => {
      const timer = setTimeout(
        () => resolve(errorRun(checks, `Stopped: the checks were still running after ${timeLimitMs / 1000} s. Is there a loop that never ends?`)),
        timeLimitMs,
      );
      worker.addEventListener('message', (message: MessageEvent<CheckEvent>) => {
        const event = message.data;
        if (event?.nonce !== nonce) return; // not from the checks: the learner's code posting
        if (event.type === 'observation') reports.push(event.report);
        else if (event.type === 'error') {
          clearTimeout(timer);
          const what = event.name ? `${event.name}: ${event.message}` : `it threw ${event.message}`;
          resolve(errorRun(checks, `Your code could not run: ${what}${where(event.stack)}`));
        } else {
          clearTimeout(timer);
          resolve(judge(checks, reports));
        }
      });
      worker.addEventListener('error', (error) => {
        clearTimeout(timer);
        resolve(errorRun(checks, `The checks could not start: ${error.message}`));
      });
      worker.postMessage({ type: 'check', exercise, code: js, nonce } satisfies CheckRequest);
    });
  } finally {
    worker.terminate();
  }
}
