/// <reference lib="webworker" />
// The check worker: one per Check. It loads the exercise's checks, then the learner's module, and reports
// what each check observed. It never decides pass or fail: the page does (see ../define.ts).
import type { CheckEvent, CheckReply, CheckRequest } from '../../sandbox/protocol.ts';
import { loadChecks } from '../../exercises/checks-registry.ts';
import { provideLearnerScope, quietSandboxFunctions } from '../../sandbox/learner-scope.ts';
import { describeThrown, observeAll } from '../observe.ts';

declare const self: DedicatedWorkerGlobalScope;

// Captured before any learner code runs, which may replace self.postMessage.
const post = self.postMessage.bind(self);

// The same scope as a run; graphs drawn while checking are not shown.
provideLearnerScope(quietSandboxFunctions);

self.addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  const { exercise, code, nonce } = event.data;
  const send = (reply: CheckReply) => post({ ...reply, nonce } satisfies CheckEvent);
  const checks = await loadChecks(exercise);
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  let learner: unknown;
  try {
    learner = await import(/* @vite-ignore */ url);
  } catch (error) {
    if (error instanceof Error) send({ type: 'error', name: error.name, message: error.message, stack: error.stack });
    else send({ type: 'error', name: '', message: describeThrown(error) });
    send({ type: 'done' });
    return;
  }
  observeAll(checks, learner, (report) => send({ type: 'observation', report }));
  send({ type: 'done' });
});
