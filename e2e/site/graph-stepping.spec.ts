// Stepping through the forward and backward passes of a drawn graph, exploring it, and collapsing an MLP's
// neurons — in the lessons' own sandboxes, as a learner uses them.
import type { Locator, Page } from '@playwright/test';
import { activate, expect, replaceCode, sandbox, test } from '../fixtures.ts';

const STEP_THROUGH = 'backward(), step by step';

/** The drawing's box for the value labelled `label`. */
function box(graph: Locator, label: string): Locator {
  return graph.locator('g.node').filter({ has: graph.page().locator('text').getByText(label, { exact: true }) });
}

/** The label of the box the last step processed (its record, not the oval of its op). */
function currentLabel(graph: Locator): Locator {
  return graph.locator('g.node.is-current').filter({ has: graph.page().locator('polygon') }).locator('text').first();
}

async function gradOf(graph: Locator, label: string): Promise<string> {
  return (await box(graph, label).locator('text').filter({ hasText: /^grad / }).textContent()) ?? '';
}

async function openStepThrough(page: Page, title = STEP_THROUGH, graphName = 'Computation graph of o (10 values)') {
  const sandboxBox = sandbox(page, title);
  await activate(sandboxBox);
  const graph = sandboxBox.getByRole('img', { name: graphName });
  await expect(graph.locator('svg')).toBeVisible();
  return { sandboxBox, graph, step: sandboxBox.getByRole('button', { name: 'Step', exact: true }) };
}

test.describe("the backward lesson's step-through of the lecture's neuron", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/lessons/backward/');
  });

  test("fills in the seed's grads in reverse topological order, one node per step", async ({ page }) => {
    const { sandboxBox, graph, step } = await openStepThrough(page);
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    await expect(status).toContainText('5 steps: every grad is blank');
    await expect(graph.locator('text', { hasText: /^grad —$/ })).toHaveCount(10);

    // The node each step processes, and the grads it has just filled in (the seed's numbers).
    const expected: Array<[string, Record<string, string>]> = [
      ['o', { o: '1.0000', n: '0.5000', b: '—' }],
      ['n', { b: '0.5000', 'x1*w1 + x2*w2': '0.5000', 'x1*w1': '—' }],
      ['x1*w1 + x2*w2', { 'x1*w1': '0.5000', 'x2*w2': '0.5000', x1: '—' }],
      ['x2*w2', { x2: '0.5000', w2: '0.0000', x1: '—' }],
      ['x1*w1', { x1: '-1.5000', w1: '1.0000' }],
    ];
    for (const [k, [current, grads]] of expected.entries()) {
      await step.click();
      await expect(status).toContainText(`Step ${k + 1} of 5`);
      await expect(graph.locator('g.node.is-current')).toHaveCount(2); // the value and its op
      await expect(currentLabel(graph)).toHaveText(current);
      for (const [label, grad] of Object.entries(grads)) expect(await gradOf(graph, label), `${label} after step ${k + 1}`).toBe(`grad ${grad}`);
    }
    await expect(status).toContainText('That was the last step.');
    await expect(step).toHaveAttribute('aria-disabled', 'true');
    await expect(graph.locator('text', { hasText: /^grad —$/ })).toHaveCount(0);
  });

  test('the live region says each step in words', async ({ page }) => {
    const { sandboxBox, step } = await openStepThrough(page);
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    await step.click();
    await expect(status).toContainText('tanh: o.grad 1.0 × (1 - o²) 0.5 → n.grad += 0.5');
    await step.click();
    await expect(status).toContainText('+: n.grad 0.5 × 1 → (x1*w1 + x2*w2).grad += 0.5');
    await expect(status).toContainText('+: n.grad 0.5 × 1 → b.grad += 0.5');
    for (let i = 0; i < 3; i++) await step.click();
    await expect(status).toContainText('*: (x1*w1).grad 0.5 × w1 -3.0 → x1.grad += -1.5');
    await expect(status).toContainText('*: (x1*w1).grad 0.5 × x1 2.0 → w1.grad += 1.0');
  });

  test('Back undoes a step, and Reset blanks every grad again', async ({ page }) => {
    const { sandboxBox, graph, step } = await openStepThrough(page);
    const labels = ['o', 'n', 'b', 'x1*w1 + x2*w2', 'x1*w1', 'x2*w2', 'x1', 'w1', 'x2', 'w2'];
    const grads = async () => Promise.all(labels.map((l) => gradOf(graph, l)));
    for (let i = 0; i < 2; i++) await step.click();
    const afterTwo = await grads();
    await step.click();
    expect(await grads()).not.toEqual(afterTwo);
    await sandboxBox.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(sandboxBox.getByRole('status', { name: 'Backward pass: current step' })).toContainText('Step 2 of 5');
    expect(await grads()).toEqual(afterTwo);
    await expect(currentLabel(graph)).toHaveText('n');
    await sandboxBox.getByRole('button', { name: 'Reset steps' }).click();
    await expect(graph.locator('text', { hasText: /^grad —$/ })).toHaveCount(10);
    await expect(graph.locator('g.node.is-current')).toHaveCount(0);
  });

  test('a value used twice visibly receives two contributions', async ({ page }) => {
    // In one step: b = a + a.
    const { sandboxBox, graph, step } = await openStepThrough(page, 'A value used twice', 'Computation graph of b (2 values)');
    await step.click();
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    await expect(status.getByRole('listitem')).toHaveText(['+: b.grad 1.0 × 1 → a.grad += 1.0', '+: b.grad 1.0 × 1 → a.grad += 1.0 (its 2nd contribution: now 2.0)']);
    await expect(graph.locator('.contribution-note')).toHaveText(['+= 1.0', '+= 1.0']);
    expect(await gradOf(graph, 'a')).toBe('grad 2.0000');

    // In two steps: d = a*k + a.
    await replaceCode(
      page,
      sandboxBox,
      "const a = new Value(3.0, [], '', 'a');\nconst k = new Value(2.0, [], '', 'k');\nconst c = a.mul(k); c.label = 'c';\nconst d = c.add(a); d.label = 'd';\ndraw(d, { step: true });\n",
    );
    const graph2 = sandboxBox.getByRole('img', { name: 'Computation graph of d (4 values)' });
    await expect(graph2.locator('svg')).toBeVisible();
    await step.click();
    expect(await gradOf(graph2, 'a')).toBe('grad 1.0000');
    await step.click();
    await expect(status).toContainText('*: c.grad 1.0 × k 2.0 → a.grad += 2.0 (its 2nd contribution: now 3.0)');
    expect(await gradOf(graph2, 'a')).toBe('grad 3.0000');
    await sandboxBox.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'a' });
    await expect(sandboxBox.getByRole('region', { name: /inspect a value/ })).toContainText('2 contributions so far');
  });

  test('works from the keyboard alone', async ({ page }) => {
    const { sandboxBox, graph } = await openStepThrough(page);
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    // From the sandbox's Run button, through the editor (Tab indents there; Escape, then Tab, leaves it).
    await sandboxBox.getByRole('button', { name: 'Run', exact: true }).focus();
    await tabTo(page, sandboxBox.getByRole('textbox', { name: /^Code editor/ }));
    await page.keyboard.press('Escape');
    await tabTo(page, sandboxBox.getByRole('button', { name: 'Step', exact: true }));
    await page.keyboard.press('Enter');
    await expect(status).toContainText('Step 1 of 5');
    // On the drawing itself, the arrow keys step too.
    await tabTo(page, graph);
    await page.keyboard.press('ArrowRight');
    await expect(status).toContainText('Step 2 of 5');
    await tabTo(page, sandboxBox.getByRole('button', { name: 'Step', exact: true }), 'Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await expect(status).toContainText('Step 3 of 5');
    await page.keyboard.press('ArrowLeft');
    await expect(status).toContainText('Step 2 of 5');
    await page.keyboard.press('End');
    await expect(status).toContainText('Step 5 of 5');
    await page.keyboard.press('Home');
    await expect(status).toContainText('every grad is blank');
    // Play runs the steps by itself; Stop (the same button) stops it.
    await tabTo(page, sandboxBox.getByRole('button', { name: 'Play', exact: true }));
    await page.keyboard.press('Enter');
    await expect(sandboxBox.getByRole('button', { name: 'Stop', exact: true })).toBeFocused();
    await expect(status).toContainText('Step 2 of 5');
    await page.keyboard.press('Enter');
    await expect(sandboxBox.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    // Inspecting: choose a value in the list, then go to one of its inputs.
    const list = sandboxBox.getByRole('combobox', { name: 'Inspect' });
    await tabTo(page, list);
    await page.keyboard.type('o'); // a focused list picks the first option starting with what is typed
    const inspector = sandboxBox.getByRole('region', { name: /inspect a value/ });
    await expect(inspector).toContainText('made by tanh');
    await tabTo(page, inspector.getByRole('button', { name: 'Input n' }));
    await page.keyboard.press('Enter');
    await expect(list).toHaveValue(/^v\d+$/);
    await expect(inspector.locator('.graph-inspector-heading')).toHaveText('n');
    await expect(box(graph, 'n')).toHaveClass(/is-selected/);
    await expect(box(graph, 'o')).toHaveClass(/is-user/);
    await expect(box(graph, 'b')).toHaveClass(/is-input/);
  });

  test('clicking a box inspects it', async ({ page }) => {
    const { sandboxBox, graph } = await openStepThrough(page);
    await box(graph, 'x1*w1').click();
    const inspector = sandboxBox.getByRole('region', { name: /inspect a value/ });
    await expect(inspector.locator('.graph-inspector-heading')).toHaveText('x1*w1');
    await expect(inspector).toContainText('made by * · data -6.0 · grad not yet computed');
    await expect(inspector.getByRole('button', { name: /^Input / })).toHaveText(['x1', 'w1']);
  });
});

test("the value lesson's forward step-through computes each value in order", async ({ page }) => {
  await page.goto('/lessons/value/');
  const { sandboxBox, graph, step } = await openStepThrough(page, 'The forward pass, step by step');
  const status = sandboxBox.getByRole('status', { name: 'Forward pass: current step' });
  await expect(graph.locator('text', { hasText: /^data —$/ })).toHaveCount(5); // the computed values
  await step.click();
  await expect(status).toContainText('x1*w1 = x1 * w1 = 2.0 * -3.0 = -6.0');
  await expect(currentLabel(graph)).toHaveText('x1*w1');
  await expect(graph.locator('g.node.is-operand')).toHaveCount(2); // x1 and w1, the values it was made from
  await expect(graph.locator('text', { hasText: /^data —$/ })).toHaveCount(4);
  for (let i = 0; i < 4; i++) await step.click();
  await expect(status).toContainText('o = tanh(n) = tanh(0.8814) = 0.7071');
  await expect(graph.locator('text', { hasText: /^data —$/ })).toHaveCount(0);
});

test('any drawn graph can become a step-through of backward()', async ({ page }) => {
  await page.goto('/lessons/value/');
  const { sandboxBox, graph } = await openStepThrough(page, "The lecture's neuron");
  await expect(sandboxBox.getByRole('button', { name: 'Step', exact: true })).toHaveCount(0);
  await expect(graph.locator('text', { hasText: /^grad 0\.0000$/ })).toHaveCount(10); // drawn before backward()
  await sandboxBox.getByRole('button', { name: 'Step through backward()' }).click();
  await expect(sandboxBox.getByRole('button', { name: 'Step', exact: true })).toBeFocused();
  await expect(graph.locator('text', { hasText: /^grad —$/ })).toHaveCount(10);
  await page.keyboard.press('Enter');
  await expect(sandboxBox.getByRole('status', { name: 'Backward pass: current step' })).toContainText('tanh: o.grad 1.0 × (1 - o²) 0.5 → n.grad += 0.5');
  expect(await gradOf(graph, 'n')).toBe('grad 0.5000');
});

test.describe("the neurons lesson's MLP", () => {
  test('collapses and expands neurons and layers, keeping the graph and the steps consistent', async ({ page }) => {
    await page.goto('/lessons/neurons/');
    const sandboxBox = sandbox(page, "The lecture's MLP and its graph");
    await activate(sandboxBox);
    const graph = sandboxBox.getByRole('img', { name: /^Computation graph of out \(\d+ values\)$/ });
    await expect(graph.locator('svg')).toBeVisible();
    const values = Number(/\((\d+) values\)/.exec((await graph.getAttribute('aria-label'))!)![1]);
    const figure = sandboxBox.locator('.graph-explorer');
    const boxes = async () => Number(await figure.getAttribute('data-boxes'));

    // Starts with each of the 9 neurons as one box.
    for (const name of ['layer 1 · neuron 1', 'layer 2 · neuron 4', 'layer 3 · neuron 1']) await expect(box(graph, name)).toHaveCount(1);
    const collapsedBoxes = await boxes();
    expect(collapsedBoxes).toBeLessThan(values / 4);

    const step = sandboxBox.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 3; i++) await step.click();
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    await expect(status).toContainText(/Step 3 of \d+ \(backward, inside layer 3 · neuron 1\)/);
    const outGrad = await gradOf(graph, 'layer 2 · neuron 4');

    // Expand one neuron: its values appear, with the grads the steps gave them; the step stays.
    const inspect = sandboxBox.getByRole('combobox', { name: 'Inspect' });
    await inspect.selectOption({ label: 'layer 2 · neuron 4 (collapsed)' });
    await sandboxBox.getByRole('button', { name: 'Expand layer 2 · neuron 4' }).click();
    await expect(box(graph, 'layer 2 · neuron 4')).toHaveCount(0);
    await expect.poll(boxes).toBeGreaterThan(collapsedBoxes);
    const expandedBoxes = await boxes();
    expect(await gradOf(graph, 'layer 2 · neuron 4 · out')).toBe(outGrad);
    await expect(box(graph, 'layer 2 · neuron 4 · w1')).toHaveCount(1);
    await expect(status).toContainText('Step 3 of');
    await expectConsistent(figure);

    // Fold it again from one of its values, then everything out and back.
    await inspect.selectOption({ label: 'layer 2 · neuron 4 · out (tanh)' });
    await sandboxBox.getByRole('button', { name: 'Collapse layer 2 · neuron 4' }).click();
    await expect.poll(boxes).toBe(collapsedBoxes);
    await expect(box(graph, 'layer 2 · neuron 4')).toHaveCount(1);
    await sandboxBox.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(boxes).toBe(values);
    expect(expandedBoxes).toBeLessThan(values);
    await expectConsistent(figure);
    await sandboxBox.getByRole('button', { name: 'Collapse layers' }).click();
    await expect(box(graph, 'layer 2')).toHaveCount(1);
    await expect(box(graph, 'layer 2 · neuron 4')).toHaveCount(0);
    await expect(status).toContainText('Step 3 of');
    await expect(currentLabel(graph)).toHaveText('layer 3');
  });
});

/**
 * The drawing has exactly the arrangement's boxes, each a record: an edge to a box that is not there would
 * make Graphviz invent a plain oval named after it.
 */
async function expectConsistent(figure: Locator): Promise<void> {
  const drawn = await figure.locator('svg g.node').evaluateAll((nodes) => {
    const boxes = nodes.filter((n) => !n.querySelector('title')!.textContent!.endsWith('_op'));
    return { boxes: boxes.length, ovals: boxes.filter((n) => n.querySelector('ellipse')).length };
  });
  expect(drawn).toEqual({ boxes: Number(await figure.getAttribute('data-boxes')), ovals: 0 });
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('could not reach the control with Tab');
}
