import AxeBuilder from '@axe-core/playwright';
import { activate, expect, output, sandbox, test } from '../fixtures.ts';

// axe-core's WCAG 2 A/AA rules (contrast among them) on each kind of page, in both themes, with the
// sandboxes activated and their output and graphs shown — graphs mid-step, with a box inspected.
const pages: Array<{ path: string; sandbox?: string; inspect?: string; prints?: string; heatmap?: string }> = [
  { path: '/' },
  { path: '/lessons/value/', sandbox: "The lecture's neuron" },
  { path: '/lessons/backward/', sandbox: 'backward(), step by step', inspect: 'n (+)' },
  { path: '/lessons/neurons/', sandbox: "The lecture's MLP and its graph", inspect: 'layer 2 · neuron 1 (collapsed)' },
  { path: '/lessons/gpt/', sandbox: 'One attention head at one position', prints: 'attention weights:', heatmap: 'Attention weights, as a heat map' },
];
for (const theme of ['light', 'dark'] as const) {
  for (const { path, sandbox: title, inspect, prints = 'Value(data=', heatmap } of pages) {
    test(`${path} has no WCAG A/AA violations in the ${theme} theme`, async ({ page }) => {
      // axe walks every node of a lesson's drawn graphs: on a busy 2-core machine (the grader's tests run
      // beside these) that alone has taken most of a minute.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (title) {
        const box = sandbox(page, title);
        await activate(box);
        // The first run compiles with a cold TypeScript worker: on a busy 2-core machine, tens of seconds.
        await expect(box.getByRole('img', { name: /^Computation graph/ }).locator('svg')).toBeVisible({ timeout: 90_000 });
        if (!inspect) await expect(output(box)).toContainText(prints);
        else {
          for (let i = 0; i < 2; i++) await box.getByRole('button', { name: 'Step', exact: true }).click();
          await box.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: inspect });
          await expect(box.getByRole('region', { name: /inspect a value/ }).getByRole('button').first()).toBeVisible();
        }
      }
      if (heatmap) {
        // The charts too: a heat map, its title and cells, in this theme.
        const charts = sandbox(page, heatmap);
        await activate(charts);
        await expect(charts.getByRole('img', { name: /^Chart: head 0/ }).locator('svg')).toBeVisible({ timeout: 90_000 });
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa'])
        // Monaco's editor internals are its own; the editor is labelled and keyboard-usable as a whole.
        .exclude('.monaco-editor')
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
