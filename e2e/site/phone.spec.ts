import { devices } from '@playwright/test';
import { activate, expect, output, replaceCode, sandbox, test } from '../fixtures.ts';

const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
test.use(pixel);

test('on a phone, a sandbox is a plain editor with the same Run, output and graph', async ({ page }) => {
  await page.goto('/lessons/value/');
  const box = sandbox(page, "The lecture's neuron");
  await activate(box);
  await expect(box.getByRole('textbox', { name: "Code editor: The lecture's neuron" })).toBeVisible();
  await expect(box.locator('.monaco-editor')).toHaveCount(0);
  await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
  await expect(box.getByRole('img', { name: 'Computation graph of o (10 values)' }).locator('svg')).toBeVisible();
  await replaceCode(page, box, "const v = new Value(3).pow(2);\nconsole.log(v);\n");
  await box.getByRole('button', { name: 'Run', exact: true }).tap();
  await expect(output(box)).toHaveText('Value(data=9.0)');
});
