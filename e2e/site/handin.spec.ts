// Handing in: a learner's answers leave the browser as one .zip (home page, or the end of the last lesson)
// and come back from it, after a dialog that says what would be replaced and what added.
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import { readAnswersZip } from '../../src/exercises/handin/answers-zip.ts';
import { exerciseFiles, type ExerciseFile } from '../exercises.ts';
import { exercisesInCourseOrder } from '../grader/course-order.ts';
import { activate, expect, replaceCode, test } from '../fixtures.ts';
import { lessonFiles } from '../lessons.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const knownIds = exerciseFiles.map((e) => e.id);
const lastLesson = lessonFiles.at(-1)!;
// By lesson, then in the order the lesson's page shows them: the manifest's order.
const inCourseOrder = exercisesInCourseOrder().map((id) => exerciseFiles.find((e) => e.id === id)!);
// From the last lesson where it has them: loading there must also reach the editors open on the page.
const [solved, attempted] = [...inCourseOrder.filter((e) => e.lesson === lastLesson.slug), ...inCourseOrder.filter((e) => e.lesson !== lastLesson.slug)];
const solvedCode = `// handin-e2e-solved\n${solved.solution}`;
const attemptedCode = '// handin-e2e-attempt\nexport const mine = 1;\n';
const STORE = 'micrograd-course:sandbox:exercise:';

const exercise = (page: Page, ex: ExerciseFile) => page.getByRole('region', { name: `Exercise: ${ex.title}` });
const handIn = (page: Page) => page.getByRole('region', { name: 'Hand in your answers' });
const status = (page: Page) => handIn(page).getByRole('status');

/** The code saved for an exercise, as the sandbox saves it (undefined: none). */
function savedCode(page: Page, ex: ExerciseFile): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as { code: string }).code;
  }, STORE + ex.id);
}

/** Pastes code into an exercise's editor and waits until the sandbox has saved it. */
async function write(page: Page, ex: ExerciseFile, code: string): Promise<Locator> {
  if (!page.url().includes(`/lessons/${ex.lesson}/`)) await page.goto(`/lessons/${ex.lesson}/`);
  const box = exercise(page, ex);
  await activate(box);
  await replaceCode(page, box, code);
  await expect.poll(() => savedCode(page, ex)).toBe(code);
  return box;
}

async function chooseFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await handIn(page).getByRole('button', { name: 'Load answers' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'application/zip' });
}

/** A fresh browser context (a learner's other computer) whose console errors fail the test, as the fixture's do. */
async function freshPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return page;
}

test('the answers written go into the .zip with their last Check, and come back after asking, on another computer', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const started = new Date();

  // Solve one exercise and press Check; write something in another and leave it.
  const box = await write(page, solved, solvedCode);
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(box.getByText(/^All \d+ checks passed\. Exercise complete!$/)).toBeVisible({ timeout: 60_000 });
  await write(page, attempted, attemptedCode);

  await page.goto('/');
  await expect(handIn(page)).toContainText(`You have written code for 2 of ${exerciseFiles.length} exercises.`);
  const downloading = page.waitForEvent('download');
  await handIn(page).getByRole('button', { name: 'Download my answers' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^micrograd-answers-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = readFileSync((await download.path())!);
  await expect(status(page)).toHaveText(`Downloaded ${download.suggestedFilename()}, with your code for 2 exercises.`);

  // The file, read as the grader would.
  const zip = readAnswersZip(bytes, { knownIds });
  expect(zip.problems).toEqual([]);
  expect(zip.answers).toEqual(new Map([[solved.id, solvedCode], [attempted.id, attemptedCode]]));
  const manifest = zip.manifest!;
  const courseIndex = (id: string) => inCourseOrder.findIndex((e) => e.id === id);
  expect(manifest.exercises.map((e) => e.id)).toEqual([solved.id, attempted.id].sort((a, b) => courseIndex(a) - courseIndex(b)));
  expect(manifest.course).toEqual({ name: pkg.name, version: pkg.version });
  expect(new Date(manifest.exportedAt).getTime()).toBeGreaterThanOrEqual(started.getTime());
  expect(new Date(manifest.exportedAt).getTime()).toBeLessThanOrEqual(Date.now());
  const entry = (ex: ExerciseFile) => manifest.exercises.find((e) => e.id === ex.id);
  expect(entry(solved)?.lastCheck?.result).toBe('pass');
  expect(new Date(entry(solved)!.lastCheck!.at).getTime()).toBeGreaterThanOrEqual(started.getTime());
  expect(entry(attempted)).toEqual({ id: attempted.id, lastCheck: null });

  // Another computer, where the learner had written something else for one of them.
  const errors: string[] = [];
  const other = await freshPage(browser, errors);
  await other.goto(`/lessons/${solved.lesson}/`);
  const before = '// handin-e2e-written-here-before\nexport const earlier = 2;\n';
  await write(other, solved, before);
  await other.goto(`/lessons/${lastLesson.slug}/`);
  const file = { name: download.suggestedFilename(), buffer: bytes };

  // The dialog says what would change; Escape and Cancel change nothing.
  await chooseFile(other, file);
  const dialog = other.getByRole('dialog', { name: 'Load these answers?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Exercises it replaces' }).getByRole('listitem')).toHaveText([new RegExp(`^${escape(solved.title)}`)]);
  await expect(dialog.getByRole('list', { name: 'Exercises it adds' }).getByRole('listitem')).toHaveText([new RegExp(`^${escape(attempted.title)}`)]);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await other.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await chooseFile(other, file);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(other)).toHaveText(`Nothing loaded from ${file.name}: your code is as it was.`);
  expect(await savedCode(other, solved)).toBe(before);
  expect(await savedCode(other, attempted)).toBeUndefined();

  // Replace: the code from the file, in the editors too (the page reloads when they are on it).
  await chooseFile(other, file);
  await dialog.getByRole('button', { name: 'Replace 1 answer, add 1 answer' }).click();
  await expect(status(other)).toHaveText(`Loaded ${file.name}: replaced 1 answer and added 1 answer.`);
  expect(await savedCode(other, solved)).toBe(solvedCode);
  expect(await savedCode(other, attempted)).toBe(attemptedCode);
  for (const [ex, marker] of [[solved, 'handin-e2e-solved'], [attempted, 'handin-e2e-attempt']] as const) {
    if (!other.url().includes(`/lessons/${ex.lesson}/`)) await other.goto(`/lessons/${ex.lesson}/`);
    const box = exercise(other, ex);
    await activate(box);
    await expect(box.locator('.monaco-editor .view-lines')).toContainText(marker);
  }
  expect(await savedCode(other, solved), 'no editor saved its old code over the loaded one').toBe(solvedCode);
  expect(errors, 'console errors on the other computer').toEqual([]);
});

test('with nothing written, Download says so and downloads nothing', async ({ page }) => {
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto('/');
  await expect(handIn(page)).toContainText('Nothing written yet');
  await handIn(page).getByRole('button', { name: 'Download my answers' }).click();
  await expect(status(page)).toHaveText(/^Nothing to download yet: you have not written code in any exercise\./);
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
});

test('a broken file, or a zip that is not a hand-in, is refused with a message and changes nothing', async ({ page }) => {
  await page.goto(`/lessons/${solved.lesson}/`);
  await write(page, solved, attemptedCode);
  await page.goto('/');

  await chooseFile(page, { name: 'broken.zip', buffer: Buffer.from('this is not a zip file') });
  await expect(status(page)).toHaveText(/^Could not load broken\.zip\. This is not a zip file, or it is damaged .* Nothing was changed\.$/);

  const sneaky = zipSync({ 'manifest.json': strToU8('{}'), [`../${solved.id}.ts`]: strToU8('// sneaky') });
  await chooseFile(page, { name: 'sneaky.zip', buffer: Buffer.from(sneaky) });
  await expect(status(page)).toHaveText(
    `Could not load sneaky.zip. “../${solved.id}.ts” is a folder or a path; a hand-in's files sit at the top of the zip, with plain names. It has 1 more problem too. Nothing was changed.`,
  );

  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await savedCode(page, solved)).toBe(attemptedCode);
  // The page still works: the learner's own file downloads.
  const downloading = page.waitForEvent('download');
  await handIn(page).getByRole('button', { name: 'Download my answers' }).click();
  await downloading;
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
