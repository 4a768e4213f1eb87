import { activate, expect, output, replaceCode, sandbox, test } from '../fixtures.ts';

test.describe('a sandbox in a lesson', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/lessons/value/');
  });

  test('activates when scrolled to, runs, prints the seed repr and draws the graph', async ({ page }) => {
    const box = sandbox(page, "The lecture's neuron");
    await activate(box);
    await box.getByRole('button', { name: 'Run' }).click();
    await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
    const graph = box.getByRole('img', { name: 'Computation graph of o (10 values)' });
    await expect(graph.locator('svg')).toBeVisible();
    await expect(graph).toContainText('grad 0.0000');
  });
});
