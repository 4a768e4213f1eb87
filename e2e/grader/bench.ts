// `npm run grade:bench [-- --learners <n>]`: how fast a class is graded. Makes a class of 20 learners × every
// exercise from the exercises' own solutions, wrong answers and starters (some learners skip some), grades it
// with `npm run grade` (warm pages), then grades two of its learners the old way, a fresh browser context per
// answer, in the same run, and prints answers a second for both.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exerciseFiles, exercisesRoot } from '../exercises.ts';
import type { GradeReport } from './report.ts';
import { FRESH_ENV } from './warm-pages.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const learnersArg = process.argv.indexOf('--learners');
const LEARNERS = learnersArg > 0 ? Number(process.argv[learnersArg + 1]) : 20;
const BASELINE_LEARNERS = 2;

/** Learner k's answer to exercise j: the solution about half the time, else a wrong answer or the starter. */
function makeClass(folder: string, learners: number): number {
  let answers = 0;
  for (let k = 0; k < learners; k++) {
    const dir = join(folder, `learner-${String(k + 1).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    exerciseFiles.forEach((e, j) => {
      if (k % 5 === 4 && j % 4 === 0) return; // not handed in
      const wrongDir = join(exercisesRoot, e.id, 'wrong');
      const wrongs = readdirSync(wrongDir).sort().map((f) => readFileSync(join(wrongDir, f), 'utf8'));
      const pick = (k * 7 + j * 3) % (2 * (wrongs.length + 1));
      const code = pick % 2 === 0 ? e.solution : pick === 1 ? e.starter : wrongs[(pick - 1) / 2 - 1] ?? e.solution;
      writeFileSync(join(dir, `${e.id}.ts`), code);
      answers++;
    });
  }
  return answers;
}

function grade(folder: string, out: string, env: Record<string, string> = {}, extra: string[] = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['e2e/grader/grade.ts', folder, '--out', out, '--seed', '20261201', ...extra], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`grade failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(readFileSync(join(out, 'grade-report.json'), 'utf8')) as GradeReport;
  return { report, wall };
}

const work = mkdtempSync(join(tmpdir(), 'micrograd-grade-bench-'));
try {
  const klass = join(work, 'class');
  const made = makeClass(klass, LEARNERS);
  const baseline = join(work, 'baseline');
  mkdirSync(baseline);
  for (const name of readdirSync(klass).sort().slice(0, BASELINE_LEARNERS)) {
    mkdirSync(join(baseline, name));
    for (const f of readdirSync(join(klass, name))) writeFileSync(join(baseline, name, f), readFileSync(join(klass, name, f)));
  }
  console.log(`grade:bench: a class of ${LEARNERS} learners, ${made} answers (solutions, wrong answers, starters).`);
  const warm = grade(klass, join(work, 'out-warm'));
  const fresh = grade(baseline, join(work, 'out-fresh'), { [FRESH_ENV]: '1' }, ['--workers', '2']);
  const line = (name: string, r: ReturnType<typeof grade>) => {
    const checking = r.report.answers / r.report.seconds;
    const overall = r.report.answers / r.wall;
    console.log(
      `${name.padEnd(34)} ${String(r.report.answers).padStart(4)} answers  ${checking.toFixed(2).padStart(6)} answers/s checking  ${overall.toFixed(2).padStart(6)} answers/s with start-up (${r.wall.toFixed(1)} s)`,
    );
    return overall;
  };
  const a = line('warm pages (npm run grade)', warm);
  const b = line('a fresh context per answer', fresh);
  console.log(`ratio: ${(a / b).toFixed(1)}x answers a second, start-up included`);
  const same = fresh.report.learners.every((l) => {
    const w = warm.report.learners.find((x) => x.learner === l.learner)!;
    return JSON.stringify(w.graded.map((g) => [g.id, g.status, g.passed])) === JSON.stringify(l.graded.map((g) => [g.id, g.status, g.passed]));
  });
  console.log(`verdicts of the ${BASELINE_LEARNERS} learners graded both ways: ${same ? 'the same' : 'DIFFERENT'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
