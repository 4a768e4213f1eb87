// `npm run grade -- <folder> [--json <file>] [--junit <file>] [--seed <n>]`: grades a learner's answers through the real
// pages, as the learner would: for each <exercise-id>.ts in the folder it opens the exercise's lesson in
// headless Chromium, puts the file into the editor, presses Check and reads the results off the page.
// Every answer meets the same hidden cases, from one seed (random, printed, or --seed to repeat a run).
// Prints a table, writes a JSON report (default grade-report.json) and, with --junit, JUnit XML.
// Exit code: 0 when every exercise passed, 1 when some did not, 2 when the request itself is wrong.
import { execSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { findChromium, launchChromium } from '../chromium.ts';
import { exerciseFiles, type ExerciseFile } from '../exercises.ts';
import { paste } from '../paste.ts';
import { startPreview } from '../preview-server.ts';
import { junit, table, type GradedExercise, type GradeReport } from './report.ts';

const PORT = Number(process.env.GRADE_PORT ?? 4337);
const PARALLEL = 2;
const projectRoot = resolve(import.meta.dirname, '../..');

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const args = { folder: '', json: 'grade-report.json', junit: undefined as string | undefined, seed: undefined as number | undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = argv[++i];
    else if (argv[i] === '--seed') {
      const seed = Number(argv[++i]);
      if (!Number.isSafeInteger(seed) || seed <= 0) throw new UsageError(`--seed needs a positive whole number; got "${argv[i] ?? ''}".`);
      args.seed = seed;
    }
    else if (argv[i] === '--junit') args.junit = argv[++i];
    else if (argv[i].startsWith('--')) throw new UsageError(`Unknown option ${argv[i]}.`);
    else if (!args.folder) args.folder = argv[i];
    else throw new UsageError(`One folder at a time; got "${args.folder}" and "${argv[i]}".`);
  }
  if (!args.folder) throw new UsageError('Usage: npm run grade -- <folder of <exercise-id>.ts files> [--json <file>] [--junit <file>] [--seed <n>]');
  if (args.json === undefined || args.junit === '') throw new UsageError('--json and --junit need a file name.');
  return args;
}

/** The answers to grade: every <id>.ts in the folder, each a known exercise. */
function answers(folder: string): Array<{ exercise: ExerciseFile; file: string }> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`No folder "${folder}".`);
  const known = new Map(exerciseFiles.map((e) => [e.id, e]));
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts')).sort();
  const knownList = [...known.keys()].join(', ');
  if (files.length === 0) throw new UsageError(`"${folder}" has no answers: expected files named <exercise-id>.ts (exercises: ${knownList}).`);
  const unknown = files.filter((f) => !known.has(basename(f, '.ts')));
  if (unknown.length > 0) throw new UsageError(`Unknown exercise${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in "${folder}" (exercises: ${knownList}).`);
  return files.map((f) => ({ exercise: known.get(basename(f, '.ts'))!, file: join(folder, f) }));
}

async function gradeOne(browser: Browser, site: string, seed: number, exercise: ExerciseFile, file: string): Promise<GradedExercise> {
  const started = performance.now();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${site}/lessons/${exercise.lesson}/?check-seed=${seed}`);
    const box = page.getByRole('region', { name: `Exercise: ${exercise.title}` });
    await box.getByRole('button', { name: 'Check', exact: true }).scrollIntoViewIfNeeded();
    await box.locator('.monaco-editor').waitFor({ timeout: 60_000 });
    await box.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await paste(page, readFileSync(file, 'utf8'));
    await box.getByRole('button', { name: 'Check', exact: true }).click();
    const summary = box.locator('[data-part="checks-summary"]');
    await summary.and(page.locator('[data-status]')).waitFor({ timeout: 60_000 });
    const status = (await summary.getAttribute('data-status')) as GradedExercise['status'];
    const checks = await box.getByRole('list', { name: 'Checks' }).locator('li').evaluateAll((items) =>
      items.map((li) => ({
        name: li.querySelector('.name')?.textContent ?? '',
        status: li.getAttribute('data-status') as 'pass' | 'fail' | 'error',
        message: li.querySelector('.message')?.textContent ?? undefined,
        code: li.querySelector('.case')?.textContent ?? undefined,
      })),
    );
    return {
      id: exercise.id,
      file,
      status,
      passed: checks.filter((c) => c.status === 'pass').length,
      total: checks.length,
      message: status === 'error' ? ((await summary.textContent()) ?? undefined) : undefined,
      checks,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const work = answers(args.folder);
  if (!existsSync(join(projectRoot, 'dist/index.html'))) {
    console.log('grade: no built site yet; building it (npm run build)…');
    execSync('npm run build', { cwd: projectRoot, stdio: 'inherit' });
  }
  if (!findChromium()) throw new UsageError('No Chromium found: run `node e2e/provision-chromium.ts` (npm test does) or set CHROMIUM_PATH.');
  // One seed for the whole class: every answer meets the same hidden cases, and the run can be repeated.
  const seed = args.seed ?? randomInt(1, 2 ** 31);
  const server = await startPreview(PORT);
  try {
    const browser = await launchChromium();
    const graded: GradedExercise[] = new Array(work.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < work.length; i = next++) graded[i] = await gradeOne(browser, server.url, seed, work[i].exercise, work[i].file);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, work.length) }, worker));
    await browser.close();
    const report: GradeReport = { passed: graded.every((g) => g.status === 'pass'), seed, graded };
    console.log(table(report));
    writeFileSync(args.json, JSON.stringify(report, null, 2));
    console.log(`\nJSON report: ${args.json}`);
    if (args.junit) {
      writeFileSync(args.junit, junit(report));
      console.log(`JUnit XML: ${args.junit}`);
    }
    return report.passed ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`grade: ${error instanceof UsageError ? error.message : (error?.stack ?? error)}`);
    process.exit(2);
  },
);
