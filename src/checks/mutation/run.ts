// `npm run test:mutation [-- <exercise-id> …]`: mutation testing of the exercises' checks with StrykerJS.
// Stryker mutates each exercise's solution.ts (where the learner writes; the code a starter gives is
// excluded with `// Stryker disable all` … `// Stryker restore all`) and runs that exercise's checks on every
// mutant. Prints a table per exercise, writes Stryker's JSON report to reports/mutation/mutation.json, and
// exits 1 when an exercise kills fewer than 95% of its mutants.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

const projectRoot = resolve(import.meta.dirname, '../../..');
const GOAL = 95;

const all = readdirSync(join(projectRoot, 'content/exercises')).filter((name) => !name.includes('.'));
const asked = process.argv.slice(2);
const unknown = asked.filter((id) => !all.includes(id));
if (unknown.length > 0) {
  console.error(`test:mutation: no exercise ${unknown.join(', ')} (exercises: ${all.join(', ')})`);
  process.exit(2);
}
const ids = asked.length > 0 ? asked : all;
process.env.MUTATE_EXERCISES = ids.join(',');

const options: PartialStrykerOptions = {
  testRunner: 'vitest',
  vitest: { configFile: 'src/checks/mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ids.map((id) => `content/exercises/${id}/solution.ts`),
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no JS API, which Stryker's tsconfig rewriting needs: naming a file that does not exist
  // turns that step off (the learner's code is type-checked elsewhere).
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 10_000,
  cleanTempDir: 'always',
  // Stryker copies the project into its sandbox: not what builds, tests and other runs leave behind.
  ignorePatterns: ['dist', 'reports', 'test-results', 'playwright-report', '.astro', '.try'],
  // One temp dir per run: runs for different exercises may overlap.
  tempDirName: `reports/mutation/.stryker-tmp-${process.pid}`,
};

process.chdir(projectRoot);
const results = await new Stryker(options).runMutationTest();

const rows = ids.map((id) => {
  const mine = results.filter((r) => r.fileName.replaceAll('\\', '/').endsWith(`content/exercises/${id}/solution.ts`));
  const count = (...statuses: string[]) => mine.filter((r) => statuses.includes(r.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived', 'NoCoverage');
  const ignored = count('Ignored');
  const valid = killed + survived;
  const score = valid === 0 ? 100 : (100 * killed) / valid;
  return { id, mutants: mine.length, killed, survived, ignored, score, survivors: mine.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage') };
});

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\n${pad('exercise', 22)}${pad('mutants', 9)}${pad('killed', 8)}${pad('survived', 10)}${pad('ignored', 9)}score`);
for (const r of rows) {
  console.log(`${pad(r.id, 22)}${pad(r.mutants, 9)}${pad(r.killed, 8)}${pad(r.survived, 10)}${pad(r.ignored, 9)}${r.score.toFixed(1)}%${r.score < GOAL ? `  below ${GOAL}%` : ''}`);
}
for (const r of rows.filter((row) => row.survivors.length > 0)) {
  console.log(`\nSurvivors in ${r.id}:`);
  for (const s of r.survivors) console.log(`  line ${s.location.start.line}: ${s.mutatorName} → ${JSON.stringify(s.replacement)}`);
}
console.log('\nJSON report: reports/mutation/mutation.json');
const low = rows.filter((r) => r.score < GOAL);
if (low.length > 0) {
  console.error(`test:mutation: ${low.map((r) => r.id).join(', ')} below ${GOAL}%`);
  process.exit(1);
}
