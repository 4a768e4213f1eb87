/// <reference lib="webworker" />
// The check worker: one per Check. It loads the exercise's checks, then the learner's module, then answers
// the page's requests for observations, one case or a check's every case at a time. It never decides pass or fail: the page does (see
// ../define.ts).
import type { CheckEvent, CheckReply, CheckRequest } from '../../sandbox/protocol.ts';
import { loadChecks } from '../../exercises/checks-registry.ts';
import { scopeOf } from '../../exercises/scopes.ts';
import { explainScope, provideLearnerScope, quietSandboxFunctions } from '../../sandbox/learner-scope.ts';
import { describeThrown, observeOne } from '../observe.ts';

declare const self: DedicatedWorkerGlobalScope;

// Captured before any learner code runs, which may replace self.postMessage.
const post = self.postMessage.bind(self);

// What the learner's code prints while being checked is shown nowhere (its Run shows it); silenced, a print in a
// loop of a million cases costs nothing, and cannot flood the browser's console or a grader reading it.
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) console[level] = () => {};

let loading = false;
let session: { nonce: string; checks: Awaited<ReturnType<typeof loadChecks>>; learner: unknown } | undefined;
/** The exercise's scope and checks, made ready before the learner's code arrives (a spare worker, see run-checks.ts). */
let prepared: { exercise: string; checks: ReturnType<typeof loadChecks> } | undefined;

function prepare(exercise: string) {
  if (!prepared) {
    // The exercise's scope, as in its Run; graphs drawn while checking are not shown.
    provideLearnerScope(quietSandboxFunctions, scopeOf(exercise));
    prepared = { exercise, checks: loadChecks(exercise) };
  }
  return prepared;
}

self.addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    prepare(request.exercise);
  } else if (request.type === 'load' && !loading) {
    loading = true; // once: the learner's code may post itself a second 'load'
    const { exercise, code, nonce } = request;
    const send = (reply: CheckReply) => post({ ...reply, nonce } satisfies CheckEvent);
    const ready = prepare(exercise);
    if (ready.exercise !== exercise) {
      send({ type: 'error', name: 'Error', message: `this worker was prepared for ${ready.exercise}, not ${exercise}` });
      return;
    }
    const checks = await ready.checks;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      session = { nonce, checks, learner: await import(/* @vite-ignore */ url) };
    } catch (error) {
      if (error instanceof Error) send({ type: 'error', name: error.name, message: explainScope(error.message), stack: error.stack });
      else send({ type: 'error', name: '', message: describeThrown(error) });
      return;
    }
    send({ type: 'loaded' });
  } else if (request.type === 'observe' && session) {
    const { nonce, checks, learner } = session;
    post({ type: 'observation', report: observeOne(checks, learner, request.index, request.input), nonce } satisfies CheckEvent);
  } else if (request.type === 'observe-cases' && session) {
    // Each answer goes out as soon as it is known: the page judges as they come, and if the time runs out,
    // the first case without an answer is the one the learner's code was stuck on.
    const { nonce, checks, learner } = session;
    for (const input of request.inputs) {
      post({ type: 'observation', report: observeOne(checks, learner, request.index, input), nonce } satisfies CheckEvent);
    }
  }
});
