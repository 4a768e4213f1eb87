// The capstone lesson: the GPT trains live in the browser — its loss chart grows, names appear, the
// temperature slider reaches the running code, and Stop stops it.
import { activate, expect, output, replaceCode, runStatus, sandbox, test } from '../fixtures.ts';

const TRAIN = 'Train a GPT on names';

test('the GPT trains in the browser: the loss chart updates, names appear, and training ends below where it started', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/lessons/gpt/');
  const box = sandbox(page, TRAIN);
  await activate(box);
  await expect(runStatus(box)).toHaveText(''); // it waits for Run: a training run is not started by scrolling
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  const chart = box.getByRole('img', { name: 'Chart: loss (mean of the last 100 steps)' });
  await expect(chart).toBeVisible({ timeout: 60_000 });
  const points = Number(await chart.getAttribute('data-points'));
  await expect.poll(async () => Number(await chart.getAttribute('data-points')), { timeout: 60_000 }).toBeGreaterThan(points);
  await expect(output(box)).toContainText(/step 200: loss \d\.\d{3}/, { timeout: 120_000 });
  await expect(runStatus(box)).toHaveText(/^Ran in \d+ ms\.$/, { timeout: 240_000 });
  const text = await output(box).innerText();
  const losses = [...text.matchAll(/step (\d+): loss (\d\.\d{3})/g)].map((m) => Number(m[2]));
  expect(losses).toHaveLength(5);
  expect(losses.at(-1)!).toBeLessThan(2.7);
  // Ten names after training, each of the names' own characters.
  const finalNames = /after training, at temperature [\d.]+: (.+)/.exec(text)![1].split(', ');
  expect(finalNames).toHaveLength(10);
  for (const name of finalNames) expect(name).toMatch(/^[a-z-]*$/);
});

test('Stop stops a training run at once, says so, and the next run works', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/lessons/gpt/');
  const box = sandbox(page, TRAIN);
  await activate(box);
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(box.getByRole('img', { name: /^Chart: loss/ })).toBeVisible({ timeout: 60_000 });
  const stop = box.getByRole('button', { name: 'Stop', exact: true });
  await stop.click();
  await expect(runStatus(box)).toHaveText(/^Stopped after \d+\.\d s, as asked\.$/);
  await expect(stop).toBeHidden();
  await expect(box.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  const points = await box.getByRole('img', { name: /^Chart: loss/ }).getAttribute('data-points');
  await page.waitForTimeout(1500);
  expect(await box.getByRole('img', { name: /^Chart: loss/ }).getAttribute('data-points')).toBe(points);
  await replaceCode(page, box, "console.log('trained enough');\n");
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(box)).toHaveText('trained enough');
});

test("a control's slider reaches the running code, and a heat map draws a grid", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/gpt/');
  const box = sandbox(page, 'Names as tokens');
  await activate(box);
  await replaceCode(
    page,
    box,
    [
      "const t = control('temperature', { value: 0.5, min: 0.1, max: 1.5, step: 0.1 });",
      "heatmap('weights', [[1, 0], [0.25, 0.75]], { rows: ['a', 'b'], cols: ['a', 'b'] });",
      'let seen = t.value;',
      'for (let i = 0; i < 4000 && seen === 0.5; i++) {',
      '  await new Promise((r) => setTimeout(r, 1));',
      '  await pause();',
      '  seen = t.value;',
      '}',
      "console.log('the code saw', seen);",
      '',
    ].join('\n'),
  );
  const slider = box.getByRole('slider', { name: 'temperature' });
  await expect(slider).toBeVisible();
  await expect(box.getByRole('img', { name: 'Chart: weights' })).toHaveAttribute('data-points', '4');
  await slider.fill('1.2');
  await expect(output(box)).toContainText('the code saw 1.2');
});
