// The lesson layout on a real screen: prose at a readable measure, sandboxes and exercises as wide as the main
// column, editors that wrap long lines, a solution beside the code that cuts nothing, and editors that take
// their code block's place without moving the page.
import { devices, type Locator } from '@playwright/test';
import { exerciseFiles } from '../exercises.ts';
import { holdSandboxes } from '../hold-sandboxes.ts';
import { lessonFiles } from '../lessons.ts';
import { activate, expect, test } from '../fixtures.ts';

const DESKTOP = { width: 1366, height: 900 };

/** Where the parts under a sandbox's editor sit, relative to the sandbox: they move if the editor changes height. */
/** Where the code's lines start, from the box's left edge: the code block's text, or the editor's lines once active. */
function codeStart(box: Locator) {
  return box.evaluate((section) => {
    const lines = section.querySelector('.monaco-editor .view-lines') ?? section.querySelector('[data-part="editor"] pre code');
    return Math.round(lines!.getBoundingClientRect().left - section.getBoundingClientRect().left);
  });
}

function layoutOf(box: Locator) {
  return box.evaluate((section) => {
    const top = section.getBoundingClientRect().top;
    const at = (selector: string) => Math.round(section.querySelector(selector)!.getBoundingClientRect().top - top);
    return { editor: at('[data-part="editor"]'), hint: at('.sandbox-hint') };
  });
}

test.describe('on a desktop screen', () => {
  test.use({ viewport: DESKTOP });

  for (const lesson of lessonFiles) {
    test(`lesson "${lesson.title}": sandboxes are wider than the prose, which keeps a readable measure`, async ({ page }) => {
      await page.goto(`/lessons/${lesson.slug}/`);
      const prose = await page.locator('article > p').first().boundingBox();
      expect(prose!.width).toBeLessThanOrEqual(46 * 16 + 1);
      const regions = page.locator('mg-sandbox > section');
      expect(await regions.count()).toBeGreaterThan(0);
      for (const region of await regions.all()) {
        const width = (await region.boundingBox())!.width;
        expect(width, `${await region.getAttribute('aria-label')} is wider than the prose`).toBeGreaterThan(prose!.width + 200);
      }
    });
  }

  test('activating an editor does not move the page: the code block reserves its height, and its code starts where the editor\'s will', async ({ page }) => {
    await holdSandboxes(page);
    await page.goto('/lessons/ops/');
    const boxes = await page.locator('mg-sandbox > section').all();
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) {
      const before = await layoutOf(box);
      const start = await codeStart(box);
      await box.locator('[data-part="editor"]').click({ position: { x: 8, y: 8 } });
      await expect(box.locator('.monaco-editor .view-line').first()).toBeVisible();
      const name = `${await box.getAttribute('aria-label')}`;
      expect(await layoutOf(box), name).toEqual(before);
      expect(await codeStart(box), name).toBe(start);
    }
  });

  test('long lines wrap in the editor, and the solution beside the code cuts no line', async ({ page }) => {
    await page.goto('/lessons/ops/');
    const exercise = page.getByRole('region', { name: 'Exercise: Multiply, forward and backward' });
    await activate(exercise);
    const editor = exercise.locator('.monaco-editor');
    await expect(editor.locator('.view-line').first()).toBeVisible();
    await exercise.getByRole('button', { name: 'Show solution' }).click();
    const solution = exercise.locator('[data-part="solution"]');
    await expect(solution).toBeVisible();
    // Beside the code, not under it.
    const [code, beside] = [(await editor.boundingBox())!, (await solution.boundingBox())!];
    expect(beside.x).toBeGreaterThanOrEqual(code.x + code.width - 1);
    expect(Math.abs(beside.y - code.y)).toBeLessThan(60);
    // Every line's text ends inside the narrower editor: lines wrap rather than run past its edge.
    const overflowing = await editor.evaluate((el) => {
      const right = el.querySelector('.lines-content')!.parentElement!.getBoundingClientRect().right;
      return [...el.querySelectorAll<HTMLElement>('.view-line > span')].filter((s) => s.getBoundingClientRect().right > right + 1).length;
    });
    expect(overflowing).toBe(0);
    const cut = await solution.locator('pre').evaluate((pre) => pre.scrollWidth - pre.clientWidth);
    expect(cut).toBeLessThanOrEqual(0);
  });
});

test.describe('on a phone', () => {
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  test.use(pixel);

  test('activating the plain editor does not move the page either', async ({ page }) => {
    await holdSandboxes(page);
    await page.goto('/lessons/ops/');
    const boxes = await page.locator('mg-sandbox > section').all();
    for (const box of boxes) {
      const before = await layoutOf(box);
      await box.locator('[data-part="editor"]').click({ position: { x: 8, y: 8 } });
      await expect(box.getByRole('textbox')).toBeVisible();
      expect(await layoutOf(box), `${await box.getAttribute('aria-label')}`).toEqual(before);
    }
  });
});

test('prompts, hints and prose show no literal Markdown markers', async ({ page }) => {
  const markers = /\*\*|`|\]\(|(^|\s)_\w+_(\s|$)|(^|\n)#+ /;
  let exercisesSeen = 0;
  for (const lesson of lessonFiles) {
    await page.goto(`/lessons/${lesson.slug}/`);
    const texts = await page.locator('article').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      // Code may hold any characters; what is rendered as text may not.
      for (const code of copy.querySelectorAll('pre, code, mg-sandbox [data-part="original"], .katex')) code.remove();
      const parts = [...copy.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, td, th')].map((el) => el.textContent ?? '');
      return parts.filter(Boolean);
    });
    for (const text of texts) expect(text, `on /lessons/${lesson.slug}/`).not.toMatch(markers);
    exercisesSeen += await page.locator('mg-sandbox[data-exercise]').count();
  }
  // Every exercise's prompt and hints were among them.
  expect(exercisesSeen).toBe(exerciseFiles.length);
});
