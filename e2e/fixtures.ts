// Shared by the browser tests: every page's console errors are collected, and a test fails if there were any.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { paste } from './paste.ts';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A sandbox on the page, found by its accessible name ("Sandbox: <title>"). */
export function sandbox(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Sandbox: ${title}` });
}

/** The sandbox's own status line ("Ran in 12 ms."); a graph being stepped through has a status of its own. */
export function runStatus(box: Locator): Locator {
  return box.getByRole('status').and(box.locator('[data-part="status"]'));
}

/** The sandbox's Output region. */
export function output(box: Locator): Locator {
  return box.getByRole('log', { name: 'Output' });
}

/**
 * Replaces all the code in a sandbox's editor (Monaco or the plain one), as a learner pasting it would.
 * Pasting, not typing: typed text gets Monaco's auto-closed brackets and quotes, a paste arrives verbatim.
 */
export async function replaceCode(page: Page, box: Locator, code: string): Promise<void> {
  const plain = box.locator('textarea.plain-editor');
  if (await plain.count()) {
    await plain.fill(code);
    return;
  }
  await box.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
}


/** Waits until the sandbox's editor is ready for typing. */
export async function activate(box: Locator): Promise<void> {
  await box.getByRole('button', { name: 'Run', exact: true }).scrollIntoViewIfNeeded();
  await expect(box.locator('.monaco-editor, textarea.plain-editor').first()).toBeVisible({ timeout: 30_000 });
}
