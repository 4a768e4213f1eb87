// What StrykerJS runs on every mutant of a solution: that exercise's checks on its (mutated) solution.
// A mutant is killed when some check fails. One test per exercise, so Stryker's per-test coverage runs
// only the mutated exercise's checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { gradeInNode } from '../../exercises/grade-in-node.ts';

const root = join(import.meta.dirname, '../../../content/exercises');
const only = process.env.MUTATE_EXERCISES?.split(',').filter(Boolean);
const ids = readdirSync(root).filter((name) => !name.includes('.') && (!only || only.includes(name)));

/** One fixed seed: a mutant's verdict must not depend on the draw. */
const SEED = 20261201;

test.each(ids)('%s: the checks pass the solution', async (id) => {
  const run = await gradeInNode(id, () => import(/* @vite-ignore */ `../../../content/exercises/${id}/solution.ts`), SEED);
  expect(run.checks.filter((c) => c.status !== 'pass')).toEqual([]);
});
