// Grades a module against an exercise's checks in Node, as the page does in Chromium: the exercise's scope
// on globalThis, then the module, then check-all.ts with observations taken directly (no worker). The fast
// tests and the mutation tests use it.
import type { Check, CheckRun } from '../checks/define.ts';
import { checkAll, observerOf } from '../checks/check-all.ts';
import { errorRun } from '../checks/judge.ts';
import { describeThrown, observeOne } from '../checks/observe.ts';
import { provideLearnerScope, quietSandboxFunctions } from '../sandbox/learner-scope.ts';
import { scopeOf } from './scopes.ts';

export async function loadChecksInNode(id: string): Promise<Array<Check<never>>> {
  return ((await import(`../../content/exercises/${id}/checks.ts`)) as { default: Array<Check<never>> }).default;
}

/** `load` imports the learner's module; it runs after the exercise's scope is in place, as in the worker. */
export async function gradeInNode(id: string, load: () => Promise<unknown>, seed: number): Promise<CheckRun> {
  const checks = await loadChecksInNode(id);
  provideLearnerScope(quietSandboxFunctions, scopeOf(id));
  let learner: unknown;
  try {
    learner = await load();
  } catch (error) {
    // As the page reports it: the code could not run, so no check could.
    return errorRun(checks, `Your code could not run: ${describeThrown(error)}`);
  }
  return checkAll(checks, observerOf(async (index, input) => observeOne(checks, learner, index, input)), seed);
}
