import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { expect, sandbox, test } from '../fixtures.ts';
import { holdSandboxes } from '../hold-sandboxes.ts';

const BUDGET_GZIP_BYTES = 20 * 1024;

test('a lesson loads under 20 kB (gzipped) of JavaScript and CSS before any sandbox is activated', async ({ page }) => {
  await holdSandboxes(page);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto('/lessons/value/', { waitUntil: 'networkidle' });
  const scriptsAndStyles = responses.filter((r) => /javascript|css/.test(r.headers()['content-type'] ?? ''));
  const sizes = await Promise.all(scriptsAndStyles.map(async (r) => ({ url: r.url(), gzip: gzipSync(await r.body()).length })));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`before activation: ${(total / 1024).toFixed(1)} kB gzipped in ${sizes.length} files`);
  expect(total, JSON.stringify(sizes, null, 1)).toBeLessThan(BUDGET_GZIP_BYTES);
  expect(await page.locator('style[data-monaco]').count(), "Monaco's CSS is not on the page yet").toBe(0);

  // Activating loads the editor, and its CSS with it.
  const box = sandbox(page, "The lecture's neuron");
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  expect(await page.locator('style[data-monaco]').count()).toBeGreaterThan(0);
});
