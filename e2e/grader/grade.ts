// `npm run grade -- <class folder | learner folder | answers.zip> [--out <dir>] [--seed <n>] [--shard <i>/<n>]
//   [--workers <n>] [--json <file>] [--junit <file>]`, and `npm run grade -- --merge <folder of blob reports>
//   [--out <dir>]`.
// Grades learners' answers through the real pages, as a learner would: each answer is put into its exercise's
// editor on the built site in headless Chromium, Check is pressed and the verdict read off the page. A class
// folder holds one folder or .zip ("Download my answers") per learner; learners-folder.ts says what is read.
// The run is Playwright Test (grading.config.ts): workers in parallel, retries when grading itself fails,
// --shard to spread a class over machines, whose blob reports --merge combines into one gradebook.
// Writes gradebook.csv, grade-report.json and junit.xml to --out (default ./grades) and prints a table.
// Every answer meets the same hidden cases, from one seed (random and printed, or --seed to repeat a run).
// Exit code: 0 when every answer passed, 1 when some did not, 2 when the request itself is wrong.
import { execSync, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../chromium.ts';
import { exercisesInCourseOrder } from './course-order.ts';
import { KIND_ENV, OUT_ENV } from './gradebook-reporter.ts';
import { BLOB_ENV, WORKERS_ENV } from './grading.config.ts';
import { learnersAt, UsageError } from './learners.ts';
import { PLAN_ENV, writePlan, type GradingPlan } from './plan.ts';
import type { GradeReport } from './report.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
// npm runs scripts in the project's folder; the teacher's paths are relative to where they typed the command.
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

const USAGE =
  'Usage: npm run grade -- <class folder | learner folder | answers.zip> [--out <dir>] [--seed <n>] [--shard <i>/<n>] [--workers <n>] [--json <file>] [--junit <file>]\n' +
  '       npm run grade -- --merge <folder of blob reports> [--out <dir>]';

function parseArgs(argv: string[]) {
  const args = {
    path: '',
    out: 'grades',
    merge: undefined as string | undefined,
    seed: undefined as number | undefined,
    shard: undefined as string | undefined,
    workers: undefined as number | undefined,
    json: undefined as string | undefined,
    junit: undefined as string | undefined,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i];
    if (v === undefined || v === '' || v.startsWith('--')) throw new UsageError(`${flag} needs a value.\n${USAGE}`);
    return v;
  };
  const whole = (text: string, flag: string) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} needs a positive whole number; got "${text}".`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--out') args.out = value(++i, flag);
    else if (flag === '--merge') args.merge = value(++i, flag);
    else if (flag === '--seed') args.seed = whole(argv[++i] ?? '', flag);
    else if (flag === '--workers') args.workers = whole(argv[++i] ?? '', flag);
    else if (flag === '--json') args.json = value(++i, flag);
    else if (flag === '--junit') args.junit = value(++i, flag);
    else if (flag === '--shard') {
      args.shard = value(++i, flag);
      const m = /^(\d+)\/(\d+)$/.exec(args.shard);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard needs <i>/<n> with 1 ≤ i ≤ n; got "${args.shard}".`);
    } else if (flag.startsWith('--')) throw new UsageError(`Unknown option ${flag}.\n${USAGE}`);
    else if (!args.path) args.path = flag;
    else throw new UsageError(`One class, folder or .zip at a time; got "${args.path}" and "${flag}".`);
  }
  if (!args.path && !args.merge) throw new UsageError(USAGE);
  if (args.path && args.merge) throw new UsageError('--merge combines earlier runs: give it no answers to grade.');
  // Every machine must ask the same hidden cases, or one class would be graded on different tests.
  if (args.shard && args.seed === undefined) throw new UsageError('A sharded run needs --seed <n>, the same on every machine.');
  return args;
}

function playwright(args: string[], env: Record<string, string>): number {
  const run = spawnSync('npx', ['playwright', ...args], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return run.status ?? 2;
}

function finish(out: string, args: ReturnType<typeof parseArgs>): number {
  const file = join(out, 'grade-report.json');
  if (!existsSync(file)) throw new Error(`The grading run wrote no report (${file}).`);
  const report = JSON.parse(readFileSync(file, 'utf8')) as GradeReport;
  if (args.json) copyFileSync(file, here(args.json));
  if (args.junit) copyFileSync(join(out, 'junit.xml'), here(args.junit));
  return report.passed ? 0 : 1;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const out = here(args.out);
  rmSync(join(out, 'grade-report.json'), { force: true });
  if (args.merge) {
    playwright(['merge-reports', '--config', 'e2e/grader/merge.config.ts', here(args.merge)], { [OUT_ENV]: out, [KIND_ENV]: 'class' });
    return finish(out, args);
  }

  const exercises = exercisesInCourseOrder();
  const { kind, learners } = learnersAt(here(args.path), exercises);
  // One seed for the whole class: every answer meets the same hidden cases, and the run can be repeated.
  const seed = args.seed ?? randomInt(1, 2 ** 31);
  const plan: GradingPlan = {
    seed,
    learners: learners.map((l) => ({ name: l.name, source: l.source, problems: l.problems, answered: exercises.filter((id) => l.answers.has(id)) })),
    answers: exercises.flatMap((exercise) => learners.flatMap((l) => (l.answers.has(exercise) ? [{ learner: l.name, exercise, code: l.answers.get(exercise)! }] : []))),
  };
  if (!existsSync(join(projectRoot, 'dist/index.html'))) {
    console.log('grade: no built site yet; building it (npm run build)…');
    execSync('npm run build', { cwd: projectRoot, stdio: 'inherit' });
  }
  if (!findChromium()) throw new UsageError('No Chromium found: run `node e2e/provision-chromium.ts` (npm test does) or set CHROMIUM_PATH.');
  const work = mkdtempSync(join(tmpdir(), 'micrograd-grade-'));
  try {
    const planFile = join(work, 'plan.json');
    writePlan(planFile, plan);
    console.log(`grade: ${learners.length} learner${learners.length === 1 ? '' : 's'}, ${plan.answers.length} answers, hidden cases from seed ${seed}.`);
    const env: Record<string, string> = { [PLAN_ENV]: planFile, [OUT_ENV]: out, [KIND_ENV]: kind };
    if (args.workers) env[WORKERS_ENV] = String(args.workers);
    if (args.shard) env[BLOB_ENV] = join(out, 'blob-report');
    mkdirSync(out, { recursive: true });
    playwright(['test', '-c', 'e2e/grader/grading.config.ts', ...(args.shard ? [`--shard=${args.shard}`] : [])], env);
    return finish(out, args);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`grade: ${error instanceof UsageError ? error.message : (error?.stack ?? error)}`);
    process.exit(2);
  },
);
