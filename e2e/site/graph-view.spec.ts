// How a drawn graph looks when it opens and while it is explored: its root in view at a readable size, Fit
// never shrinking text to nothing, notes and outlines never clipped, dragging never selecting text, an MLP's
// neurons in order, and Play at a speed the learner picks — on a desktop and on a phone.
import { devices, type Locator, type Page } from '@playwright/test';
import { activate, expect, sandbox, test } from '../fixtures.ts';

/** Text drawn smaller than this (its box's height on screen, in CSS px) is not readable. */
const READABLE_PX = 11;

/** The drawing's box for the value labelled `label`. */
function box(graph: Locator, label: string): Locator {
  return graph.locator('g.node').filter({ has: graph.page().locator('text').getByText(label, { exact: true }) });
}

/** Runs a sandbox's code (again: activating it ran it once) and waits for this run's drawing. */
async function runAndDraw(page: Page, title: string, graphName: string | RegExp): Promise<{ sandboxBox: Locator; graph: Locator }> {
  const sandboxBox = sandbox(page, title);
  await activate(sandboxBox);
  const drawn = sandboxBox.getByRole('img', { name: graphName });
  await expect(drawn.locator('svg')).toBeVisible();
  await drawn.evaluate((el) => el.setAttribute('data-earlier-run', ''));
  await sandboxBox.getByRole('button', { name: 'Run', exact: true }).click();
  const graph = drawn.and(sandboxBox.locator('.graph-viewport:not([data-earlier-run])'));
  await expect(graph.locator('svg')).toBeVisible();
  return { sandboxBox, graph };
}

/**
 * Where the box labelled `label` is, against the part of the drawing the viewport shows (its scrolled client
 * area), and how tall its label's text is on screen.
 */
async function placeOf(graph: Locator, label: string) {
  return box(graph, label).evaluate((node, viewport) => {
    const v = viewport!.getBoundingClientRect();
    const shown = { left: v.left + viewport!.clientLeft, top: v.top + viewport!.clientTop };
    const visible = { ...shown, right: shown.left + viewport!.clientWidth, bottom: shown.top + viewport!.clientHeight };
    const r = node.querySelector('polygon')!.getBoundingClientRect();
    const text = node.querySelector('text')!.getBoundingClientRect();
    return {
      inside: r.left >= visible.left && r.right <= visible.right && r.top >= visible.top && r.bottom <= visible.bottom,
      textHeight: text.height,
      box: [r.left, r.top, r.right, r.bottom].map(Math.round),
      visible: [visible.left, visible.top, visible.right, visible.bottom].map(Math.round),
    };
  }, await graph.elementHandle());
}

/** A step note's outline (its halo) and the drawing's background colour. */
async function haloOf(graph: Locator) {
  return graph.locator('.contribution-note').first().evaluate((note, viewport) => {
    const style = getComputedStyle(note);
    return { stroke: style.stroke, paintOrder: style.paintOrder, background: getComputedStyle(viewport!).backgroundColor };
  }, await graph.elementHandle());
}

/** The smallest height on screen of any text in the drawing's boxes. */
async function smallestText(graph: Locator): Promise<number> {
  return graph.locator('svg').evaluate((svg) => Math.min(...[...svg.querySelectorAll('g.node text')].map((t) => t.getBoundingClientRect().height)));
}

const screens = {
  desktop: { viewport: { width: 1366, height: 900 } },
  // A phone's width and height; the rest (touch, a phone's user agent) as the phone spec's Pixel 7.
  phone: { ...(({ defaultBrowserType: _, ...pixel }) => pixel)(devices['Pixel 7']), viewport: { width: 390, height: 844 } },
};

for (const [screen, options] of Object.entries(screens)) {
  test.describe(`on a ${screen}`, () => {
    test.use(options);

    test("the value lesson's neuron opens on its root o, readable", async ({ page }) => {
      await page.goto('/lessons/value/');
      const { graph } = await runAndDraw(page, "The lecture's neuron", 'Computation graph of o (10 values)');
      const root = await placeOf(graph, 'o');
      expect(root.inside, `the box ${root.box} inside the visible ${root.visible}`).toBe(true);
      expect(root.textHeight).toBeGreaterThanOrEqual(READABLE_PX);
      expect(await smallestText(graph)).toBeGreaterThanOrEqual(READABLE_PX);
    });

    test("the ops lesson's chain opens on its root c", async ({ page }) => {
      await page.goto('/lessons/ops/');
      const { graph } = await runAndDraw(page, 'Chaining operations', /^Computation graph of c /);
      const root = await placeOf(graph, 'c');
      expect(root.inside, `the box ${root.box} inside the visible ${root.visible}`).toBe(true);
      expect(await smallestText(graph)).toBeGreaterThanOrEqual(READABLE_PX);
    });

    test('Fit keeps the text readable, scrolling for the rest, and keeps the root in view', async ({ page }) => {
      await page.goto('/lessons/neurons/');
      const sandboxBox = sandbox(page, "The lecture's MLP and its graph");
      await activate(sandboxBox);
      const graph = sandboxBox.getByRole('img', { name: /^Computation graph of out / });
      await expect(graph.locator('svg')).toBeVisible();
      const figure = sandboxBox.locator('.graph-explorer');
      const collapsed = Number(await figure.getAttribute('data-boxes'));
      await sandboxBox.getByRole('button', { name: 'Expand all' }).click();
      await expect.poll(async () => Number(await figure.getAttribute('data-boxes'))).toBeGreaterThan(collapsed);
      await sandboxBox.getByRole('button', { name: 'Zoom out' }).click();
      await sandboxBox.getByRole('button', { name: 'Fit' }).click();
      expect(await smallestText(graph)).toBeGreaterThanOrEqual(READABLE_PX);
      expect((await placeOf(graph, 'out')).inside).toBe(true);
    });

    test('a small graph is not blown up by Fit', async ({ page }) => {
      await page.goto('/lessons/backward/');
      const { sandboxBox, graph } = await runAndDraw(page, 'A value used twice', 'Computation graph of b (2 values)');
      const width = () => graph.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
      const drawn = await width();
      // No larger than Graphviz drew it: its units are pt, 4/3 px each.
      const natural = await graph.locator('svg').evaluate((svg) => ((svg as SVGSVGElement).viewBox.baseVal.width * 4) / 3);
      expect(drawn).toBeLessThanOrEqual(natural + 0.5);
      await sandboxBox.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(width).toBeGreaterThan(drawn);
      await sandboxBox.getByRole('button', { name: 'Fit' }).click();
      await expect.poll(width).toBeLessThanOrEqual(drawn + 0.5);
    });

    test("a step's notes and its boxes' outlines are never clipped, and notes have a halo over arrows", async ({ page }) => {
      await page.goto('/lessons/backward/');
      // b = a + a: a's box is in the top row, and gets two notes in one step.
      const { sandboxBox, graph } = await runAndDraw(page, 'A value used twice', 'Computation graph of b (2 values)');
      await sandboxBox.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(graph.locator('.contribution-note')).toHaveText(['+= 1.0', '+= 1.0']);
      const clipped = await graph.locator('svg').evaluate((svg) => {
        const drawing = svg.getBoundingClientRect();
        const within = (r: DOMRect, by = 0) =>
          r.left - by >= drawing.left && r.right + by <= drawing.right && r.top - by >= drawing.top && r.bottom + by <= drawing.bottom;
        const unitsToPx = drawing.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const notes = [...svg.querySelectorAll('.contribution-note')].filter((n) => !within(n.getBoundingClientRect(), 1));
        // A marked outline reaches half its width beyond the shape.
        const outlines = [...svg.querySelectorAll('g.node:is(.is-current, .is-receiving) :is(polygon, ellipse)')].filter(
          (shape) => !within(shape.getBoundingClientRect(), (parseFloat(getComputedStyle(shape).strokeWidth) / 2) * unitsToPx),
        );
        return { notes: notes.length, outlines: outlines.length };
      });
      expect(clipped).toEqual({ notes: 0, outlines: 0 });
      // The halo is the drawing's background, in either theme.
      const halo = await haloOf(graph);
      expect(halo.paintOrder).toMatch(/^stroke/);
      expect(halo.stroke).toBe(halo.background);
      await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
      await expect.poll(async () => (await haloOf(graph)).stroke).not.toBe(halo.stroke);
      const other = await haloOf(graph);
      expect(other.stroke).toBe(other.background);
    });
  });
}

test.describe('on a phone', () => {
  test.use(screens.phone);

  test('a tap on a box picks it, as a click does', async ({ page }) => {
    await page.goto('/lessons/value/');
    const { sandboxBox, graph } = await runAndDraw(page, "The lecture's neuron", 'Computation graph of o (10 values)');
    await box(graph, 'o').tap();
    await expect(sandboxBox.getByRole('region', { name: /inspect a value/ }).locator('.graph-inspector-heading')).toHaveText('o');
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  });
});

test.describe('on a desktop', () => {
  test.use(screens.desktop);

  test('dragging pans the drawing without selecting its text; a click still picks a box', async ({ page }) => {
    await page.goto('/lessons/value/');
    const { sandboxBox, graph } = await runAndDraw(page, "The lecture's neuron", 'Computation graph of o (10 values)');
    await graph.scrollIntoViewIfNeeded(); // the mouse acts on what the window shows
    const start = (await box(graph, 'n').boundingBox())!;
    const scrolled = () => graph.evaluate((el) => el.scrollLeft);
    const before = await scrolled();
    expect(before).toBeGreaterThan(0); // opened on the root, at the right
    await page.mouse.move(start.x + 10, start.y + start.height / 2);
    await page.mouse.down();
    // Further than the drawing can scroll, so that the pointer ends up over other text.
    await page.mouse.move(start.x + 300, start.y + start.height / 2 + 40, { steps: 10 });
    await page.mouse.move(start.x + before + 400, start.y + start.height / 2 + 40, { steps: 10 });
    await page.mouse.up();
    expect(await scrolled()).toBeLessThan(before);
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
    await box(graph, 'x1*w1').locator('text').nth(1).dblclick();
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
    await box(graph, 'x1*w1').click();
    await expect(sandboxBox.getByRole('region', { name: /inspect a value/ }).locator('.graph-inspector-heading')).toHaveText('x1*w1');
  });

  test("the MLP's neurons are drawn in order, 1 to 4 from the top, collapsed and expanded, named as the steps name them", async ({ page }) => {
    await page.goto('/lessons/neurons/');
    const sandboxBox = sandbox(page, "The lecture's MLP and its graph");
    await activate(sandboxBox);
    const graph = sandboxBox.getByRole('img', { name: /^Computation graph of out / });
    await expect(graph.locator('svg')).toBeVisible();
    const middle = async (label: string) => {
      const r = (await box(graph, label).boundingBox())!;
      return r.y + r.height / 2;
    };
    const heights = (names: string[]) => Promise.all(names.map(middle));
    const ascending = (ys: number[]) => ys.every((y, i) => i === 0 || y > ys[i - 1]);
    for (const layer of [1, 2]) {
      const ys = await heights([1, 2, 3, 4].map((n) => `layer ${layer} · neuron ${n}`));
      expect(ascending(ys), `layer ${layer}: ${ys}`).toBe(true);
    }
    // 73 steps: the default speed plays them in 20 s.
    await expect(sandboxBox.getByRole('combobox', { name: 'Play speed' }).locator('option:checked')).toHaveText('Normal (20 s in all)');
    // The step text names values as the boxes are named: the neuron's own name, then the value's part.
    const step = sandboxBox.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 3; i++) await step.click();
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    await expect(status).toContainText('(layer 3 · neuron 1 · w4*x4).grad');
    await expect(status).not.toContainText(/L\dN\d/);

    const figure = sandboxBox.locator('.graph-explorer');
    const collapsed = Number(await figure.getAttribute('data-boxes'));
    await sandboxBox.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(async () => Number(await figure.getAttribute('data-boxes'))).toBeGreaterThan(collapsed);
    for (const layer of [1, 2]) {
      const ys = await heights([1, 2, 3, 4].map((n) => `layer ${layer} · neuron ${n} · out`));
      expect(ascending(ys), `layer ${layer}, expanded: ${ys}`).toBe(true);
    }
    await expect(box(graph, 'layer 3 · neuron 1 · w4*x4')).toHaveCount(1);
  });

  test('Play goes at the chosen speed, reads Stop while playing, and stops', async ({ page }) => {
    await page.goto('/lessons/backward/');
    const sandboxBox = sandbox(page, 'backward(), step by step');
    await activate(sandboxBox);
    await expect(sandboxBox.getByRole('img', { name: 'Computation graph of o (10 values)' }).locator('svg')).toBeVisible();
    const status = sandboxBox.getByRole('status', { name: 'Backward pass: current step' });
    const speed = sandboxBox.getByRole('combobox', { name: 'Play speed' });
    await expect(speed).toHaveValue('normal');
    await expect(speed.locator('option')).toHaveText(['Slow (10 s in all)', 'Normal (5 s in all)', 'Fast (2 s in all)']);

    // From the keyboard: the arrow keys change the speed, not the step.
    await speed.focus();
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveValue('fast');
    await expect(status).toContainText('every grad is blank');

    // Fast: all five steps in about two seconds, then Play is back.
    const play = sandboxBox.getByRole('button', { name: 'Play', exact: true });
    await play.click();
    const stop = sandboxBox.getByRole('button', { name: 'Stop', exact: true });
    await expect(stop).toBeVisible();
    await expect(status).toContainText('Step 5 of 5', { timeout: 5_000 });
    await expect(play).toBeVisible();

    // Slow, stopped after its first step: it stays there.
    await speed.selectOption('slow');
    await sandboxBox.getByRole('button', { name: 'Reset steps' }).click();
    await play.click();
    await expect(status).toContainText('Step 1 of 5');
    await stop.click();
    await expect(play).toBeVisible();
    await page.waitForTimeout(2_500); // longer than a slow step
    await expect(status).toContainText('Step 1 of 5');
  });

  test('a one-step pass says "1 step"', async ({ page }) => {
    await page.goto('/lessons/backward/');
    const { sandboxBox } = await runAndDraw(page, 'A value used twice', 'Computation graph of b (2 values)');
    await expect(sandboxBox.getByRole('status', { name: 'Backward pass: current step' })).toContainText('Backward pass, 1 step: every grad is blank');
  });
});
