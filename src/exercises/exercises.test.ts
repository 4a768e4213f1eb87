// The fast tests of every exercise, without a browser (Rustlings' rule and then some): the solution passes
// every check, the starter fails at least one, and each known wrong answer fails at the check it names,
// with the message it promises.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Check, ObservationReport } from '../checks/define.ts';
import { errorRun, judge } from '../checks/judge.ts';
import { observeAll } from '../checks/observe.ts';
import { provideLearnerScope, quietSandboxFunctions } from '../sandbox/learner-scope.ts';
import { exerciseSchema } from '../schemas/exercise.ts';

// As in the run and check workers, the learner's code has the engine's exports in scope.
provideLearnerScope(quietSandboxFunctions);

const root = join(import.meta.dirname, '../../content/exercises');
const ids = readdirSync(root).filter((name) => !name.includes('.'));
const lessons = new Set(readdirSync(join(import.meta.dirname, '../../content/lessons')));

async function grade(id: string, file: string) {
  const checks = ((await import(`../../content/exercises/${id}/checks.ts`)) as { default: Array<Check<never>> }).default;
  const reports: ObservationReport[] = [];
  let learner: unknown;
  try {
    learner = await import(/* @vite-ignore */ `../../content/exercises/${id}/${file}`);
  } catch (error) {
    // As the page reports it: the code could not run, so no check could.
    return errorRun(checks, `Your code could not run: ${String(error)}`);
  }
  observeAll(checks, learner, (r) => reports.push(r));
  return judge(checks, reports);
}

test('there are exercises', () => expect(ids.length).toBeGreaterThanOrEqual(2));

describe.each(ids)('exercise %s', (id) => {
  const folder = join(root, id);

  test('meta.json is valid and names an existing lesson', () => {
    const meta = exerciseSchema.parse(JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')));
    expect(lessons.has(meta.lesson), `lesson "${meta.lesson}"`).toBe(true);
  });

  test('the solution passes every check', async () => {
    const run = await grade(id, 'solution.ts');
    expect(run.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(run.status).toBe('pass');
  });

  test('the starter fails at least one check', async () => {
    const run = await grade(id, 'starter.ts');
    expect(run.status).not.toBe('pass');
  });

  const wrong = readdirSync(join(folder, 'wrong')).filter((f) => f.endsWith('.ts'));
  test('has known wrong answers', () => expect(wrong.length).toBeGreaterThan(0));

  test.each(wrong)('the wrong answer %s fails with the message it promises', async (file) => {
    const source = readFileSync(join(folder, 'wrong', file), 'utf8');
    const promise = /^\/\/ Fails: "([^"]+)" with "(.+)"$/m.exec(source);
    expect(promise, `${file} needs a line: // Fails: "<check name>" with "<message>"`).not.toBeNull();
    const [, checkName, message] = promise!;
    const run = await grade(id, `wrong/${file}`);
    const firstFailure = run.checks.find((c) => c.status !== 'pass');
    expect(firstFailure, 'some check fails').toBeDefined();
    expect(firstFailure!.name.startsWith(checkName), `first failure "${firstFailure!.name}"`).toBe(true);
    // When the code cannot even run, the reason is the run's message rather than a check's.
    expect(run.status === 'error' ? run.message : firstFailure!.message).toContain(message);
  });
});
