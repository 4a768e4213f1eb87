// `npm run grade` itself, run as a teacher would, on folders of answers made from the exercises' files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { exerciseFiles } from '../exercises.ts';
import type { GradeReport } from './report.ts';

test.describe.configure({ mode: 'serial' });

const projectRoot = resolve(import.meta.dirname, '../..');

function folderOf(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'answers-'));
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function grade(folder: string, ...extra: string[]) {
  const json = join(folder, 'report.json');
  const run = spawnSync('npm', ['run', '--silent', 'grade', '--', folder, '--json', json, ...extra], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GRADE_PORT: '4338' },
    timeout: 180_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr, json };
}

test('the solutions folder passes: exit 0, a table, a JSON report and JUnit XML', async () => {
  test.setTimeout(180_000);
  const folder = folderOf(Object.fromEntries(exerciseFiles.map((e) => [`${e.id}.ts`, e.solution])));
  const junitFile = join(folder, 'junit.xml');
  const { code, out, json } = grade(folder, '--junit', junitFile);
  expect(code, out).toBe(0);
  expect(out).toMatch(/exercise\s+checks passed\s+status/);
  for (const e of exerciseFiles) expect(out).toMatch(new RegExp(`${e.id}\\s+(\\d+)/\\1\\s+pass`));
  expect(out).toContain(`${exerciseFiles.length} of ${exerciseFiles.length} exercises passed.`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as GradeReport;
  expect(report.passed).toBe(true);
  expect(report.graded.map((g) => g.id).sort()).toEqual(exerciseFiles.map((e) => e.id).sort());
  for (const g of report.graded) expect(g.checks.every((c) => c.status === 'pass') && g.passed === g.total).toBe(true);
  const xml = readFileSync(junitFile, 'utf8');
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(xml.match(/<testsuite /g)).toHaveLength(exerciseFiles.length);
  expect(xml).not.toContain('<failure');
  expect(xml.match(/<testcase /g)!.length).toBe(report.graded.reduce((n, g) => n + g.total, 0));
});

test('the starters folder fails: exit 1, each exercise failed, with failures in the reports', async () => {
  test.setTimeout(180_000);
  const folder = folderOf(Object.fromEntries(exerciseFiles.map((e) => [`${e.id}.ts`, e.starter])));
  const junitFile = join(folder, 'junit.xml');
  const { code, out, json } = grade(folder, '--junit', junitFile);
  expect(code, out).toBe(1);
  expect(out).toContain(`0 of ${exerciseFiles.length} exercises passed.`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as GradeReport;
  expect(report.passed).toBe(false);
  for (const g of report.graded) {
    expect(g.status).not.toBe('pass');
    expect(g.checks.some((c) => c.status === 'fail' && c.message)).toBe(true);
  }
  expect(readFileSync(junitFile, 'utf8')).toContain('<failure message=');
});

test('a file that does not compile fails its exercise with the compiler message; the others are graded', async () => {
  test.setTimeout(180_000);
  const [broken, good] = exerciseFiles;
  const folder = folderOf({ [`${broken.id}.ts`]: 'export class Value {\n  mul( {\n}\n', [`${good.id}.ts`]: good.solution });
  const { code, out, json } = grade(folder);
  expect(code).toBe(1);
  const report = JSON.parse(readFileSync(json, 'utf8')) as GradeReport;
  const failed = report.graded.find((g) => g.id === broken.id)!;
  expect(failed.status).toBe('error');
  expect(failed.message).toBe("Your code does not compile: syntax error at line 4, column 1: ')' expected.");
  expect(out).toContain(`${broken.id}: Your code does not compile`);
  expect(report.graded.find((g) => g.id === good.id)!.status).toBe('pass');
});

test('an unknown exercise id or an empty folder is a clear error (exit 2)', () => {
  const unknown = grade(folderOf({ 'not-an-exercise.ts': 'export {}' }));
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain('Unknown exercise not-an-exercise.ts');
  expect(unknown.err).toContain(exerciseFiles[0].id);
  const empty = grade(folderOf({}));
  expect(empty.code).toBe(2);
  expect(empty.err).toContain('has no answers: expected files named <exercise-id>.ts');
  const missing = grade('/no/such/folder');
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('No folder "/no/such/folder".');
});

test('a mistake found by a hidden case is reported with the case as code and the seed; --seed repeats the verdict exactly', async () => {
  test.setTimeout(180_000);
  const wrong = readFileSync(join(projectRoot, 'content/exercises/ops-add-mul/wrong/assigns-instead-of-adds.ts'), 'utf8');
  const folder = folderOf({ 'ops-add-mul.ts': wrong });
  const runs = [grade(folder, '--seed', '31337'), grade(folder, '--seed', '31337')];
  const reports = runs.map((r) => JSON.parse(readFileSync(r.json, 'utf8')) as GradeReport);
  for (const [i, r] of runs.entries()) {
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('Hidden cases from seed 31337 (--seed 31337 grades the same cases again).');
    expect(reports[i].seed).toBe(31337);
  }
  const failed = reports[0].graded[0].checks.find((c) => c.status === 'fail')!;
  expect(failed.message).toContain('On a hidden case (seed 31337):');
  expect(failed.code).toContain('.backward();');
  expect(runs[0].out).toContain(failed.code!.split('\n')[1]);
  expect(reports[1].graded[0].checks).toEqual(reports[0].graded[0].checks);
  expect(grade(folder, '--seed', 'soon').err).toContain('--seed needs a positive whole number; got "soon".');
});
