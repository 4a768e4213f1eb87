import AxeBuilder from '@axe-core/playwright';
import { activate, expect, output, sandbox, test } from '../fixtures.ts';

// axe-core's WCAG 2 A/AA rules (contrast among them) on each kind of page, in both themes, with the
// sandboxes activated and their output and graphs shown.
for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/', '/lessons/value/']) {
    test(`${path} has no WCAG A/AA violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      if (path !== '/') {
        const box = sandbox(page, "The lecture's neuron");
        await activate(box);
        await expect(output(box)).toContainText('Value(data=');
        await expect(box.getByRole('img', { name: /^Computation graph/ }).locator('svg')).toBeVisible();
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
