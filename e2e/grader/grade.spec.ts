// `npm run grade` itself, run as a teacher would, on folders and .zip files of answers made from the exercises'
// files: one learner, a class, a class with every kind of bad hand-in, in parallel, one at a time and in two
// shards merged.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { activate, replaceCode } from '../fixtures.ts';
import { writeAnswersZip } from '../../src/exercises/handin/answers-zip.ts';
import { exerciseFiles } from '../exercises.ts';
import { exercisesInCourseOrder } from './course-order.ts';
import type { GradeReport } from './report.ts';

test.describe.configure({ mode: 'serial' });

const projectRoot = resolve(import.meta.dirname, '../..');
const exercise = (id: string) => exerciseFiles.find((e) => e.id === id)!;
const wrongAnswer = (id: string, name: string) => readFileSync(join(projectRoot, 'content/exercises', id, 'wrong', name), 'utf8');

/** A folder holding `files` (name → text or bytes; "a/b.ts" makes folder a). */
function folderOf(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'answers-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return folder;
}

function grade(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'grade', '--', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GRADE_PORT: '4338' },
    timeout: 280_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const reportIn = (out: string) => JSON.parse(readFileSync(join(out, 'grade-report.json'), 'utf8')) as GradeReport;
const csvRows = (out: string) =>
  readFileSync(join(out, 'gradebook.csv'), 'utf8')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

test('one learner: a folder of answers is graded exercise by exercise, exit 0 when all pass', async () => {
  test.setTimeout(300_000);
  const ids = ['value-remembers', 'ops-add-mul'];
  const folder = folderOf(Object.fromEntries(ids.map((id) => [`${id}.ts`, exercise(id).solution])));
  const out = join(folder, 'grades');
  const { code, out: printed } = grade(folder, '--out', out, '--json', join(folder, 'copy.json'));
  expect(code, printed).toBe(0);
  expect(printed).toMatch(/exercise\s+checks passed\s+status/);
  for (const id of ids) expect(printed).toMatch(new RegExp(`${id}\\s+(\\d+)/\\1\\s+pass`));
  expect(printed).toContain('2 of 2 exercises passed.');
  expect(printed).toMatch(/2 answers in [\d.]+ s: [\d.]+ answers a second\./);
  const report = reportIn(out);
  expect(report.passed).toBe(true);
  expect(report.learners).toHaveLength(1);
  expect(report.learners[0].graded.map((g) => g.id)).toEqual(ids);
  expect(JSON.parse(readFileSync(join(folder, 'copy.json'), 'utf8'))).toEqual(report);
});

test('a class of solutions and starters: gradebook.csv cell by cell, the table, JSON and JUnit; exit 1', async () => {
  test.setTimeout(300_000);
  const folder = folderOf(
    Object.fromEntries(exerciseFiles.flatMap((e) => [[`solutions/${e.id}.ts`, e.solution], [`starters/${e.id}.ts`, e.starter]])),
  );
  const out = join(folder, 'grades');
  const { code, out: printed } = grade(folder, '--out', out);
  expect(code, printed).toBe(1);
  const order = exercisesInCourseOrder();
  const rows = csvRows(out);
  expect(rows[0]).toEqual(['learner', ...order, 'passed', 'notes']);
  expect(rows[1]).toEqual(['solutions', ...order.map(() => 'pass'), String(order.length), '']);
  expect(rows[2][0]).toBe('starters');
  // Rustlings' rule, held by the grader: every starter fails (a check fails, or nothing can run).
  for (const cell of rows[2].slice(1, -2)) expect(['fail', 'error']).toContain(cell);
  expect(rows[2].slice(-2)).toEqual(['0', '']);
  expect(rows).toHaveLength(3);
  const n = order.length;
  expect(printed).toMatch(new RegExp(`solutions\\s+${n}/${n}`));
  expect(printed).toContain(`2 learners, ${2 * n} answers graded.`);
  const report = reportIn(out);
  expect(report.passed).toBe(false);
  expect(report.answers).toBe(2 * n);
  const starters = report.learners.find((l) => l.learner === 'starters')!;
  for (const g of starters.graded) expect(g.checks.some((c) => c.status !== 'pass' && c.message) || g.message).toBeTruthy();
  const xml = readFileSync(join(out, 'junit.xml'), 'utf8');
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(xml.match(/<testsuite /g)).toHaveLength(2 * n);
  expect(xml).toContain('<testsuite name="solutions › value-remembers"');
  expect(xml).toContain('<failure message=');
});

test('bad hand-ins are reported for their learner and never stop the rest; verdicts do not depend on order, workers or shards', async () => {
  test.setTimeout(600_000);
  const manifest = { course: { name: 'micrograd-course', version: '0' }, exportedAt: '2026-12-01T10:00:00.000Z', exercises: [] };
  const goodZip = writeAnswersZip({
    answers: new Map([
      ['ops-add-mul', exercise('ops-add-mul').solution],
      ['value-remembers', exercise('value-remembers').starter],
    ]),
    manifest: {
      ...manifest,
      exercises: [
        { id: 'value-remembers', lastCheck: null },
        { id: 'ops-add-mul', lastCheck: { result: 'pass', at: '2026-12-01T09:00:00.000Z' } },
      ],
    },
  });
  const folder = folderOf({
    'ada/value-remembers.ts': exercise('value-remembers').solution,
    'ada/ops-add-mul.ts': wrongAnswer('ops-add-mul', 'assigns-instead-of-adds.ts'),
    'ada/notes.txt': 'my notes',
    'grace.zip': goodZip,
    'broken.zip': new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]),
    'hangs/value-remembers.ts': 'while (true) {}\n',
    'hangs/ops-add-mul.ts': "export class Value {}\nfor (;;) console.log('flood');\n",
    'typo/ops-add-mul.ts': 'export class Value {\n  mul( {\n}\n',
    'bytes/value-remembers.ts': new Uint8Array([0xff, 0xfe, 0x41, 0xc3]),
    'README.md': 'the teacher’s notes, not a learner',
  });
  const at = (name: string) => join(folder, '..', `${folder.split('/').pop()}-${name}`);
  const one = grade(folder, '--out', at('parallel'), '--seed', '4242');
  expect(one.code, one.out + one.err).toBe(1);

  const rows = csvRows(at('parallel'));
  const header = rows[0];
  const cell = (learner: string, column: string) => rows.find((r) => r[0] === learner)![header.indexOf(column)];
  expect(rows.map((r) => r[0])).toEqual(['learner', 'ada', 'broken', 'bytes', 'grace', 'hangs', 'typo']);
  expect([cell('ada', 'value-remembers'), cell('ada', 'ops-add-mul'), cell('ada', 'passed')]).toEqual(['pass', 'fail', '1']);
  expect(cell('ada', 'notes')).toBe('unknown file notes.txt');
  expect([cell('grace', 'value-remembers'), cell('grace', 'ops-add-mul'), cell('grace', 'passed'), cell('grace', 'notes')]).toEqual(['fail', 'pass', '1', '']);
  expect(cell('broken', 'passed')).toBe('0');
  expect(cell('broken', 'notes')).toMatch(/zip/i);
  expect(header.slice(1, -2).every((id) => cell('broken', id) === '')).toBe(true);
  expect([cell('hangs', 'value-remembers'), cell('hangs', 'ops-add-mul')]).toEqual(['error', 'error']);
  expect(cell('typo', 'ops-add-mul')).toBe('error');
  expect(cell('bytes', 'notes')).toBe('value-remembers.ts is not UTF-8 text');
  expect(cell('bytes', 'value-remembers')).toBe('');
  const report = reportIn(at('parallel'));
  const hangs = report.learners.find((l) => l.learner === 'hangs')!;
  expect(hangs.graded.map((g) => g.message)).toEqual([
    'Stopped: the checks were still running after 10 s. Is there a loop that never ends?',
    'Stopped: the checks were still running after 10 s. Is there a loop that never ends?',
  ]);
  const typo = report.learners.find((l) => l.learner === 'typo')!;
  expect(typo.graded[0].message).toBe("Your code does not compile: syntax error at line 4, column 1: ')' expected.");

  // One worker, every answer in turn: the same gradebook.
  const serial = grade(folder, '--out', at('serial'), '--seed', '4242', '--workers', '1');
  expect(serial.code, serial.out + serial.err).toBe(1);
  expect(readFileSync(join(at('serial'), 'gradebook.csv'), 'utf8')).toBe(readFileSync(join(at('parallel'), 'gradebook.csv'), 'utf8'));

  // Two machines, each grading half, merged: the same gradebook again.
  const blobs = at('blobs');
  mkdirSync(blobs);
  for (const shard of ['1/2', '2/2']) {
    const out = at(`shard-${shard[0]}`);
    const run = grade(folder, '--out', out, '--seed', '4242', '--shard', shard);
    expect([0, 1], run.out + run.err).toContain(run.code);
    for (const file of readdirSync(join(out, 'blob-report'))) copyFileSync(join(out, 'blob-report', file), join(blobs, file));
  }
  expect(readdirSync(blobs)).toHaveLength(2);
  const merged = grade('--merge', blobs, '--out', at('merged'));
  expect(merged.code, merged.out + merged.err).toBe(1);
  expect(readFileSync(join(at('merged'), 'gradebook.csv'), 'utf8')).toBe(readFileSync(join(at('parallel'), 'gradebook.csv'), 'utf8'));
  const mergedReport = reportIn(at('merged'));
  expect(mergedReport.seed).toBe(4242);
  expect(mergedReport.learners.map((l) => l.graded.map((g) => [g.id, g.status, g.passed, g.total]))).toEqual(
    report.learners.map((l) => l.graded.map((g) => [g.id, g.status, g.passed, g.total])),
  );
});

test('a wrong request is a clear error (exit 2): unknown exercise, empty folder, no such path, a shard without a seed', () => {
  const unknown = grade(folderOf({ 'not-an-exercise.ts': 'export {}' }));
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain('Unknown exercise not-an-exercise.ts');
  expect(unknown.err).toContain(exerciseFiles[0].id);
  const empty = grade(folderOf({}));
  expect(empty.code).toBe(2);
  expect(empty.err).toContain('has no answers: expected <exercise-id>.ts files, or one folder or .zip per learner');
  const missing = grade('/no/such/folder');
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('No folder or .zip "/no/such/folder".');
  const shard = grade(folderOf({ 'ops-add-mul.ts': 'export {}' }), '--shard', '1/2');
  expect(shard.code).toBe(2);
  expect(shard.err).toContain('A sharded run needs --seed <n>, the same on every machine.');
  expect(grade(folderOf({}), '--seed', 'soon').err).toContain('--seed needs a positive whole number; got "soon".');
  expect(grade(folderOf({}), '--shard', '3/2').err).toContain('--shard needs <i>/<n> with 1 ≤ i ≤ n; got "3/2".');
});

test('a mistake found by a hidden case is reported with the case as code and the seed; --seed repeats the verdict exactly', async () => {
  test.setTimeout(300_000);
  const folder = folderOf({ 'ops-add-mul.ts': wrongAnswer('ops-add-mul', 'assigns-instead-of-adds.ts') });
  const runs = [1, 2].map((k) => ({ ...grade(folder, '--seed', '31337', '--out', join(folder, `run-${k}`)), dir: join(folder, `run-${k}`) }));
  const reports = runs.map((r) => reportIn(r.dir));
  for (const [i, r] of runs.entries()) {
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toContain('Hidden cases from seed 31337 (--seed 31337 grades the same cases again).');
    expect(reports[i].seed).toBe(31337);
  }
  const printed = runs[0].out;
  const failed = reports[0].learners[0].graded[0].checks.find((c) => c.status === 'fail')!;
  expect(failed.message).toContain('On a hidden case (seed 31337):');
  expect(failed.code).toMatch(/^ *backward\(\w+\);$/m); // the course's backward(root), which the exercise's Run has
  expect(printed).toContain(failed.code!.split('\n')[1]);
  expect(reports[1].learners[0].graded[0].checks).toEqual(reports[0].learners[0].graded[0].checks);
});

test("a learner's own download from the site is graded as it is: npm run grade -- <their .zip>", async ({ page }) => {
  test.setTimeout(300_000);
  const [solved, wrong] = [exercise('value-remembers'), exercise('ops-add-mul')];
  for (const [ex, code] of [
    [solved, solved.solution],
    [wrong, wrongAnswer('ops-add-mul', 'swapped-derivatives.ts')],
  ] as const) {
    await page.goto(`/lessons/${ex.lesson}/`);
    const box = page.getByRole('region', { name: `Exercise: ${ex.title}` });
    await activate(box);
    await replaceCode(page, box, code);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `micrograd-course:sandbox:exercise:${ex.id}`)).toContain(ex === solved ? 'class Value' : 'export');
  }
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Hand in your answers' }).getByRole('button', { name: 'Download my answers' }).click();
  const download = await downloading;
  const folder = folderOf({});
  const zip = join(folder, 'lin.zip');
  await download.saveAs(zip);
  const out = join(folder, 'grades');
  const run = grade(zip, '--out', out);
  expect(run.code, run.out + run.err).toBe(1);
  const rows = csvRows(out);
  expect(rows.map((r) => r[0])).toEqual(['learner', 'lin']);
  const cell = (column: string) => rows[1][rows[0].indexOf(column)];
  expect([cell(solved.id), cell(wrong.id), cell('passed'), cell('notes')]).toEqual(['pass', 'fail', '1', '']);
  expect(run.out).toMatch(/value-remembers\s+(\d+)\/\1\s+pass/);
});
