import { lessonFiles } from '../lessons.ts';
import { expect, output, sandbox, test, runStatus } from '../fixtures.ts';

for (const [i, lesson] of lessonFiles.entries()) {
  test(`lesson "${lesson.title}" renders, with its outline, neighbours and working sandboxes`, async ({ page }) => {
    // The training lesson's demos train networks: on a busy 2-core machine one run takes tens of seconds.
    test.setTimeout(180_000);
    await page.goto(`/lessons/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: lesson.title })).toHaveAttribute('aria-current', 'page');
    const neighbours = page.getByRole('navigation', { name: 'Previous and next lesson' });
    if (i > 0) await expect(neighbours.getByRole('link', { name: lessonFiles[i - 1].title })).toBeVisible();
    if (i < lessonFiles.length - 1) await expect(neighbours.getByRole('link', { name: lessonFiles[i + 1].title })).toBeVisible();
    // Every sandbox runs its starting code without an error.
    for (const title of lesson.sandboxTitles) {
      const box = sandbox(page, title);
      await box.scrollIntoViewIfNeeded();
      await expect(runStatus(box)).toHaveText(/^Ran in \d+ ms\.$/, { timeout: 90_000 });
      await expect(output(box).locator('.out-error')).toHaveCount(0);
    }
  });
}

test('math is typeset and code blocks are highlighted', async ({ page }) => {
  await page.goto('/lessons/value/');
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.katex-display')).toHaveCount(1);
  await expect(page.locator('pre.astro-code[data-language="python"]')).toBeVisible();
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/value/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('with the system in dark mode, the site starts dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test("the PyTorch lesson shows the lecture's five numbers, computed live in the page", async ({ page }) => {
  await page.goto('/lessons/pytorch/');
  const box = sandbox(page, "The lecture's PyTorch demo");
  await box.scrollIntoViewIfNeeded();
  await expect(output(box)).toHaveText(
    [
      'forward pass:\no.data.item(): 0.7071066904050358',
      '---\nbackward pass (leaf node gradients):',
      'x1.grad.item(): -1.5000003851533106',
      'w1.grad.item(): 1.0000002567688737',
      'x2.grad.item(): 0.5000001283844369',
      'w2.grad.item(): 0.0',
    ].join(''),
    { timeout: 30_000 },
  );
  const tensors = sandbox(page, 'Tensors and dtypes');
  await tensors.scrollIntoViewIfNeeded();
  await expect(output(tensors)).toContainText('tensor([2.], dtype=torch.float64) torch.float64');
});

test("micrograd's two-moons demo trains in the browser to 100% accuracy, drawing its loss and boundary", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/training/');
  const box = sandbox(page, "micrograd's two-moons demo");
  await box.scrollIntoViewIfNeeded();
  await expect(output(box)).toContainText('final accuracy: 100%', { timeout: 90_000 });
  await expect(box.getByRole('img', { name: 'Chart: loss' }).locator('svg').first()).toBeVisible();
  await expect(box.getByRole('img', { name: 'Chart: decision boundary' }).locator('svg').first()).toBeVisible();
  await expect(box.getByRole('img', { name: 'Chart: loss' })).toHaveAttribute('data-points', '100');
});
