import type { Locator, Page } from '@playwright/test';
import { exerciseFiles } from '../exercises.ts';
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
