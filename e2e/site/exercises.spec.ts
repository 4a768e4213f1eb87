import type { Locator, Page } from '@playwright/test';
import { exerciseFiles } from '../exercises.ts';
import { lessonFiles } from '../lessons.ts';
import { activate, expect, replaceCode, test } from '../fixtures.ts';

function exercise(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Exercise: ${title}` });
}

async function check(box: Locator): Promise<Locator> {
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  const list = box.getByRole('list', { name: 'Checks' });
  await expect(list.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  return list;
}

for (const ex of exerciseFiles) {
  test.describe(`exercise ${ex.id}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/lessons/${ex.lesson}/`);
    });

    test('the starter fails a check, with a message; the solution passes all and completion survives a reload', async ({ page }) => {
      let box = exercise(page, ex.title);
      await activate(box);
      let list = await check(box);
      const failed = list.locator('li[data-status="fail"], li[data-status="error"]');
      await expect(failed.first()).toBeVisible();
      await expect(box.locator('[data-part="completed"]')).toBeHidden();

      await replaceCode(page, box, ex.solution);
      list = await check(box);
      await expect(box.getByText(/^All \d+ checks passed\. Exercise complete!$/)).toBeVisible();
      await expect(list.locator('li[data-status="pass"]')).toHaveCount(await list.getByRole('listitem').count());
      await expect(box.getByText('✓ Completed')).toBeVisible();

      await page.reload();
      box = exercise(page, ex.title);
      await expect(box.getByText('✓ Completed')).toBeVisible();
    });

    test('hints step through one at a time', async ({ page }) => {
      const box = exercise(page, ex.title);
      await activate(box);
      const hints = box.getByRole('list', { name: 'Hints' });
      for (let i = 0; i < ex.hints.length; i++) {
        await box.getByRole('button', { name: `Show hint ${i + 1} of ${ex.hints.length}` }).click();
        await expect(hints.getByRole('listitem')).toHaveCount(i + 1);
      }
      await expect(box.getByRole('button', { name: 'All hints shown' })).toBeDisabled();
    });

    test("Show solution shows the reference beside the learner's code and leaves that code alone", async ({ page }) => {
      const box = exercise(page, ex.title);
      await activate(box);
      await replaceCode(page, box, "// my attempt\nexport const mine = 1;\n");
      await box.getByRole('button', { name: 'Show solution' }).click();
      const solution = box.locator('[data-part="solution"]');
      await expect(solution).toBeVisible();
      await expect(solution).toContainText('Reference solution');
      await expect(box.locator('.monaco-editor .view-lines')).toContainText('my attempt');
      await box.getByRole('button', { name: 'Hide solution' }).click();
      await expect(solution).toBeHidden();
      await expect(box.locator('.monaco-editor .view-lines')).toContainText('my attempt');
    });
  });
}

test("the home page shows each lesson's exercise progress, continues where the learner left off, and clears after asking", async ({ page }) => {
  const lessonOf = lessonFiles.find((l) => exerciseFiles.filter((e) => e.lesson === l.slug).length > 1)!;
  const ops = exerciseFiles.filter((e) => e.lesson === lessonOf.slug);
  const first = ops[0];
  await page.goto('/');
  const lesson = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lessonOf.title }) });
  await expect(lesson).toContainText(`0 of ${ops.length} exercises done`);
  await expect(page.getByRole('button', { name: 'Clear progress' })).toBeHidden();

  await page.goto(`/lessons/${first.lesson}/`);
  const box = page.getByRole('region', { name: `Exercise: ${first.title}` });
  await activate(box);
  await replaceCode(page, box, first.solution);
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(box.getByText('✓ Completed')).toBeVisible({ timeout: 30_000 });

  await page.goto('/');
  await expect(lesson).toContainText(`1 of ${ops.length} exercises done`);
  await expect(page.getByRole('link', { name: `Continue with “${lessonOf.title}”` })).toHaveAttribute('href', `/lessons/${lessonOf.slug}/`);

  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Clear progress' }).click();
  await expect(lesson).toContainText(`1 of ${ops.length} exercises done`);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Clear your progress?');
    return dialog.accept();
  });
  await page.getByRole('button', { name: 'Clear progress' }).click();
  await expect(lesson).toContainText(`0 of ${ops.length} exercises done`);
  await expect(page.getByRole('link', { name: /^Start with/ })).toBeVisible();
  // The learner's exercise code went with it.
  await page.goto(`/lessons/${first.lesson}/`);
  await activate(box);
  await expect(box.locator('.monaco-editor .view-lines')).not.toContainText('reference solution');
});

test.describe('code that fakes a pass instead of solving is graded failed', () => {
  const ex = exerciseFiles.find((e) => e.id === 'ops-add-mul')!;
  const cheats: Record<string, string> = {
    'posts a crafted "all passed" reply': `
      const fake = { nonce: 'guess', type: 'done' };
      for (let i = 0; i < 10; i++) postMessage({ nonce: 'guess', type: 'observation', report: { index: i, value: -6 } });
      postMessage(fake);
      postMessage({ status: 'pass', checks: [] });`,
    'replaces postMessage': `
      (self as any).postMessage = () => {};
      (DedicatedWorkerGlobalScope.prototype as any).postMessage = () => {};`,
    'replaces Math and console': `
      Object.assign(Math, { abs: () => 0, max: () => Infinity });
      console.log = () => {}; console.error = () => {};`,
    'replaces the built-ins the checks use': `
      Array.prototype.forEach = function () {}; Array.prototype.map = function () { return []; };
      Object.is = () => true; JSON.stringify = () => '"pass"';`,
    'throws a crafted "passed" object': `
      throw { status: 'pass', message: 'All checks passed', checks: [] };`,
  };

  for (const [what, cheat] of Object.entries(cheats)) {
    test(what, async ({ page }) => {
      await page.goto(`/lessons/${ex.lesson}/`);
      const box = page.getByRole('region', { name: `Exercise: ${ex.title}` });
      await activate(box);
      await replaceCode(page, box, `${ex.starter}\n${cheat}\n`);
      await box.getByRole('button', { name: 'Check', exact: true }).click();
      const summary = box.locator('[data-part="checks-summary"]');
      await expect(summary).toHaveAttribute('data-status', /^(fail|error)$/, { timeout: 30_000 });
      await expect(box.getByRole('list', { name: 'Checks' }).locator('li[data-status="fail"], li[data-status="error"]').first()).toBeVisible();
      await expect(box.getByText('✓ Completed')).toBeHidden();
    });
  }
});

test('Check stops code that never ends, and says so', async ({ page }) => {
  const ex = exerciseFiles[0];
  await page.goto(`/lessons/${ex.lesson}/`);
  const box = page.getByRole('region', { name: `Exercise: ${ex.title}` });
  await activate(box);
  await replaceCode(page, box, `${ex.starter}\nwhile (true) {}\n`);
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  const summary = box.locator('[data-part="checks-summary"]');
  await expect(summary).toHaveText('Stopped: the checks were still running after 10 s. Is there a loop that never ends?', { timeout: 30_000 });
  await expect(box.getByRole('list', { name: 'Checks' }).locator('li[data-status="error"]').first()).toBeVisible();
  // The next Check works.
  await replaceCode(page, box, ex.solution);
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(summary).toHaveAttribute('data-status', 'pass', { timeout: 30_000 });
});

test("a lesson shows its exercises near the top, in the page's order, each done or not, updated when a Check passes", async ({ page }) => {
  const lesson = lessonFiles.find((l) => exerciseFiles.filter((e) => e.lesson === l.slug).length >= 2)!;
  const mine = exerciseFiles.filter((e) => e.lesson === lesson.slug);
  await page.goto(`/lessons/${lesson.slug}/`);
  const box = page.getByRole('region', { name: 'Exercises in this lesson' });
  await expect(box).toContainText(`0 of ${mine.length} done`);
  const links = box.getByRole('link');
  await expect(links).toHaveCount(mine.length);
  // The page's order: the same as the exercise regions'.
  const regions = await page.locator('mg-sandbox[data-exercise]').evaluateAll((els) => els.map((el) => el.getAttribute('data-exercise')));
  const titles = regions.map((id) => mine.find((e) => e.id === id)!.title);
  await expect(links).toHaveText(titles);
  // A link leads to its exercise; solving it marks it done, here and now.
  const first = mine.find((e) => e.title === titles[0])!;
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`#exercise-${first.id}$`));
  const ex = exercise(page, first.title);
  await activate(ex);
  await replaceCode(page, ex, first.solution);
  await check(ex);
  await expect(ex.locator('[data-part="checks-summary"]')).toHaveAttribute('data-status', 'pass');
  await expect(box.getByRole('listitem').first()).toContainText('✓ done');
  await expect(box).toContainText(`1 of ${mine.length} done`);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Exercises in this lesson' })).toContainText(`1 of ${mine.length} done`);
});
