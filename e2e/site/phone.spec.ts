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

test('on a phone, the lesson list is at the top, folded, and opens with a tap', async ({ page }) => {
  await page.goto('/lessons/backward/');
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  const title = page.getByRole('heading', { level: 1 });
  // Above the lesson's title, and folded so that the lesson starts on the first screen.
  expect((await nav.boundingBox())!.y).toBeLessThan((await title.boundingBox())!.y);
  await expect(title).toBeInViewport();
  const next = nav.getByRole('link', { name: 'Neurons, layers and networks' });
  await expect(next).toBeHidden();
  await nav.getByText('Lessons', { exact: true }).click();
  await next.click();
  await expect(page).toHaveURL('/lessons/neurons/');
});
