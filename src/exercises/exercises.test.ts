// The fast tests of every exercise, without a browser (Rustlings' rule and then some): the solution passes
// every check on several seeds of hidden cases, the starter fails at least one, and each known wrong answer
// fails at the check it names, with the message it promises.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exerciseSchema } from '../schemas/exercise.ts';
import { scopeNames } from '../sandbox/learner-scope.ts';
import { gradeInNode } from './grade-in-node.ts';

const root = join(import.meta.dirname, '../../content/exercises');
const ids = readdirSync(root).filter((name) => !name.includes('.'));
const lessons = new Set(readdirSync(join(import.meta.dirname, '../../content/lessons')));

/** Fixed seeds: the suite is reproducible, and the solution must pass more than one draw of cases. */
const SEEDS = [1, 20261201, 987654321];
const MORE_SEEDS_FOR_WRONG_ANSWERS = [20308715, 20316634, 20372067, 20395824, 20427500];

const grade = (id: string, file: string, seed = SEEDS[0]) =>
  gradeInNode(id, () => import(/* @vite-ignore */ `../../content/exercises/${id}/${file}`), seed);

test('there are exercises', () => expect(ids.length).toBeGreaterThanOrEqual(2));

describe.each(ids)('exercise %s', (id) => {
  const folder = join(root, id);

  test('meta.json is valid, names an existing lesson and a scope of engine names and course helpers', () => {
    const meta = exerciseSchema.parse(JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')));
    expect(lessons.has(meta.lesson), `lesson "${meta.lesson}"`).toBe(true);
    expect(meta.scope.filter((name) => !(scopeNames as readonly string[]).includes(name))).toEqual([]);
  });

  test.each(SEEDS)('the solution passes every check (seed %i)', async (seed) => {
    const run = await grade(id, 'solution.ts', seed);
    expect(run.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(run.status).toBe('pass');
  });

  test('the starter fails at least one check', async () => {
    const run = await grade(id, 'starter.ts');
    expect(run.status).not.toBe('pass');
  });

  const wrong = readdirSync(join(folder, 'wrong')).filter((f) => f.endsWith('.ts'));
  test('has known wrong answers', () => expect(wrong.length).toBeGreaterThan(0));

  // A learner's Check draws its own seed: a known mistake must fail on every draw, not on most. These seeds are
  // where three mistakes once passed (a value reused by exp or tanh, assigned instead of added to; a base of 0).
  test.each(wrong)('the wrong answer %s fails on every seed', async (file) => {
    for (const seed of [...SEEDS, ...MORE_SEEDS_FOR_WRONG_ANSWERS]) {
      expect((await grade(id, `wrong/${file}`, seed)).status, `seed ${seed}`).not.toBe('pass');
    }
  });

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
    expect(run.status === 'error' ? run.message : `${firstFailure!.message}\n${firstFailure!.code ?? ''}`).toContain(message);
  });
});
