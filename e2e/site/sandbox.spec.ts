import { activate, expect, output, replaceCode, sandbox, test, runStatus } from '../fixtures.ts';

const NEURON = "The lecture's neuron";
const FIRST = 'Your first Value';

test.describe('a sandbox in a lesson', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/lessons/value/');
  });

  test('activates when scrolled to, runs, prints the seed repr and draws the graph', async ({ page }) => {
    const box = sandbox(page, NEURON);
    await activate(box);
    await box.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
    const graph = box.getByRole('img', { name: 'Computation graph of o (10 values)' });
    await expect(graph.locator('svg')).toBeVisible();
    await expect(graph).toContainText('grad 0.0000');
    await expect(graph).toContainText('data 0.7071');
  });

  test("the editor's completion list offers backward on a Value", async ({ page }) => {
    const box = sandbox(page, NEURON);
    await activate(box);
    await box.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\no.');
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'backward' })).toBeVisible({ timeout: 45_000 });
  });

  test('an edit re-draws the graph without pressing Run', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await expect(box.getByRole('img', { name: 'Computation graph of c (3 values)' })).toBeVisible();
    await replaceCode(page, box, "const a = new Value(2.0, [], '', 'a');\nconst d = a.tanh();\nd.label = 'd';\ndraw(d);\n");
    await expect(box.getByRole('img', { name: 'Computation graph of d (2 values)' })).toBeVisible();
    await expect(box.getByRole('img', { name: /of c/ })).toHaveCount(0);
  });

  test('an endless loop is stopped after the time limit, the page stays responsive, the next run works', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, 'while (true) {}\n');
    await expect(runStatus(box)).toHaveText('Running…');
    // The page is not frozen while the loop runs: the theme toggle still works.
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    await expect(output(box)).toContainText('Stopped: the code was still running after 5 s.', { timeout: 15_000 });
    await replaceCode(page, box, "console.log('after the loop');\n");
    await expect(output(box)).toHaveText('after the loop');
  });

  test('a loop that prints without end shows the first lines, says the rest was left out, and is stopped', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, "for (let i = 0; ; i++) console.log('line', i);\n");
    await expect(output(box)).toContainText('… more output left out: only the first 2000 lines are shown.');
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    await expect(output(box)).toContainText('Stopped: the code was still running after 5 s.', { timeout: 15_000 });
    await expect(output(box).locator('.out-line')).toHaveCount(2000 + 2);
    await expect(output(box).locator('.out-line').nth(1999)).toHaveText('line 1999');
    await replaceCode(page, box, "console.log('x'.repeat(30000));\n");
    await expect(output(box)).toContainText('(10000 more characters left out)');
  });

  test('"Run again as I type" off: edits wait for Run or Ctrl/Cmd+Enter, on every sandbox, after a reload too', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    const toggle = box.getByRole('checkbox', { name: 'Run again as I type' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(sandbox(page, NEURON).getByRole('checkbox', { name: 'Run again as I type' })).not.toBeChecked();
    await replaceCode(page, box, "console.log('typed, not run');\n");
    await page.waitForTimeout(1500); // twice the pause after which a live sandbox runs
    // Nothing ran it: not a live run, nor the first run if it was still being compiled (the Output may be
    // empty, hence hidden, or show the lesson's code's output).
    await expect(output(box).filter({ hasText: 'typed, not run' })).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(output(box)).toHaveText('typed, not run');
    await page.reload();
    const again = sandbox(page, FIRST);
    await activate(again);
    await expect(again.getByRole('checkbox', { name: 'Run again as I type' })).not.toBeChecked();
    await again.getByRole('checkbox', { name: 'Run again as I type' }).check();
    await replaceCode(page, again, "console.log('live again');\n");
    await expect(output(again)).toHaveText('live again');
  });

  test("a runtime error names the learner's line and column", async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, "const a = new Value(1);\n\nconst b = a.mul('2' as any);\nconsole.log(b);\n");
    await expect(output(box).locator('.out-error')).toHaveText(
      'TypeError: mul: expected a Value or a number, got the string "2" (line 3, column 13)',
    );
    await expect(runStatus(box)).toHaveText('Stopped by an error.');
  });

  test('a syntax error is reported at its place and nothing runs', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, "console.log('never');\nconst x = ;\n");
    await expect(output(box)).toContainText('Syntax error at line 2, column 11: Expression expected.');
    await expect(output(box)).not.toContainText('never');
  });

  test('type errors are listed but do not stop the run', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, "const n: number = 'text';\nconsole.log('ran anyway', n);\n");
    await expect(output(box)).toContainText('ran anyway text');
    await expect(output(box)).toContainText("Type error at line 1, column 7: Type 'string' is not assignable to type 'number'.");
  });

  test("Reset restores the lesson's code, and Undo reset brings the learner's back", async ({ page }) => {
    const box = sandbox(page, NEURON);
    await activate(box);
    await replaceCode(page, box, "console.log('my own code');\n");
    await expect(output(box)).toHaveText('my own code');
    await box.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
    await expect(box.locator('.view-lines')).toContainText('The neuron from the lecture');
    await box.getByRole('button', { name: 'Undo reset' }).click();
    await expect(output(box)).toHaveText('my own code');
    await expect(box.locator('.view-lines')).toContainText("console.log('my own code');");
  });

  test('edits are saved and come back after a reload', async ({ page }) => {
    let box = sandbox(page, NEURON);
    await activate(box);
    await replaceCode(page, box, "console.log('kept after reload');\n");
    await expect(output(box)).toHaveText('kept after reload');
    await page.reload();
    box = sandbox(page, NEURON);
    await activate(box);
    await expect(output(box)).toHaveText('kept after reload');
    // The other sandbox on the page kept its own code.
    const first = sandbox(page, FIRST);
    await first.scrollIntoViewIfNeeded();
    await expect(output(first)).toContainText('Value(data=-6.0)');
  });

  test('two sandboxes on a page run independently', async ({ page }) => {
    const first = sandbox(page, FIRST);
    const neuron = sandbox(page, NEURON);
    await activate(first);
    await activate(neuron);
    await replaceCode(page, first, "const o = 42;\nconsole.log('first says', o);\n");
    await expect(output(first)).toHaveText('first says 42');
    await neuron.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(output(neuron)).toContainText('Value(data=0.7071067811865476)');
    await expect(output(neuron)).not.toContainText('first says');
  });

  test('Ctrl/Cmd+Enter runs the code', async ({ page }) => {
    const box = sandbox(page, FIRST);
    await activate(box);
    await replaceCode(page, box, 'console.log(Math.random());\n');
    await expect(output(box)).toHaveText(/^0\.\d+$/);
    const before = await output(box).textContent();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(output(box)).not.toHaveText(before!);
    await expect(output(box)).toHaveText(/^0\.\d+$/);
  });
});

test.describe('when storage fails', () => {
  test('without localStorage the page and its sandboxes still work', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/lessons/value/');
    const box = sandbox(page, NEURON);
    await activate(box);
    await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
    await replaceCode(page, box, "console.log('still fine');\n");
    await expect(output(box)).toHaveText('still fine');
  });

  test("corrupt saved code is ignored and the lesson's code is shown", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('micrograd-course:sandbox:/lessons/value#seed-neuron', '{not json'));
    await page.goto('/lessons/value/');
    const box = sandbox(page, NEURON);
    await activate(box);
    await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
  });
});

test('a drawn graph downloads as an SVG file', async ({ page }) => {
  await page.goto('/lessons/value/');
  const box = sandbox(page, "The lecture's neuron");
  await activate(box);
  await expect(box.getByRole('img', { name: /^Computation graph of o/ }).locator('svg')).toBeVisible();
  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('computation-graph.svg');
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('<svg');
  expect(text).toContain('data 0.7071');
});
