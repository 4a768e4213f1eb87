// `npm run timing`: how fast the sandbox feels, measured in the built site in Chromium (run `npm run build`
// first). Prints medians; it asserts nothing, since wall-clock times vary with the machine.
//   - first Run: from clicking Run on a sandbox that was not yet activated to its graph on screen
//   - warm Run: clicking Run again, to the new graph on screen
//   - MLP graph: the forward graph of MLP(3, [4, 4, 1]) (about 200 values), from Run to graph on screen
//   - a step of draw(out, { step: true }) on that graph, every value drawn, and with neurons collapsed: from
//     clicking Step (or Back) to the next frame; laying the graph out again (the MLP graph row) is the baseline
import type { Page } from '@playwright/test';
import { findChromium, launchChromium } from '../chromium.ts';
import { holdSandboxes } from '../hold-sandboxes.ts';
import { paste } from '../paste.ts';
import { startPreview } from '../preview-server.ts';

const PORT = 4333;
const RUNS = Number(process.env.TIMING_RUNS ?? 9);
const SANDBOX = "Sandbox: The lecture's neuron";
const MLP_CODE = `const mlp = new MLP(3, [4, 4, 1], { seed: 1 });
const out = mlp.forward([2.0, 3.0, -1.0]);
out.label = 'out';
draw(out);
`;

/** Clicks Run and resolves with the milliseconds until a new graph's SVG is in the sandbox's output. */
function timeRunToGraph(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const box = [...document.querySelectorAll('section')].find((s) => s.getAttribute('aria-label') === name)!;
    const old = new Set(box.querySelectorAll('[role="img"] svg'));
    const start = performance.now();
    const seen = new Promise<number>((resolve) => {
      const check = () => {
        const svg = [...box.querySelectorAll('[role="img"] svg')].find((s) => !old.has(s));
        if (svg) {
          observer.disconnect();
          // The graph is on screen once the browser has painted it.
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(box, { childList: true, subtree: true });
    });
    box.querySelector<HTMLButtonElement>('[data-part="run"]')!.click();
    return seen;
  }, SANDBOX);
}

const STEP_CODE = MLP_CODE.replace('draw(out);', "draw(out, { step: true });");
const COLLAPSED_CODE = MLP_CODE.replace('draw(out);', "draw(out, { step: true, collapse: 'neurons' });");

/** Clicks Step `count` times (then Back as often), timing each from the click to the next frame. */
function timeSteps(page: Page, count: number): Promise<{ step: number[]; back: number[]; handler: number[] }> {
  return page.evaluate(
    async ({ name, count }) => {
      const box = [...document.querySelectorAll('section')].find((s) => s.getAttribute('aria-label') === name)!;
      const button = (label: string) => [...box.querySelectorAll('button')].find((b) => b.textContent === label)!;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const time = async (label: string) => {
        const start = performance.now();
        button(label).click(); // the step's texts and marks change in the click handler
        handler.push(performance.now() - start);
        await nextFrame(); // style, layout and paint of that change
        return performance.now() - start;
      };
      const handler: number[] = [];
      const step: number[] = [];
      const back: number[] = [];
      for (let i = 0; i < count; i++) step.push(await time('Step'));
      for (let i = 0; i < count; i++) back.push(await time('Back'));
      return { step, back, handler };
    },
    { name: SANDBOX, count },
  );
}

/** Replaces the sandbox's code, as a learner pasting it would. */
async function pasteCode(page: Page, code: string): Promise<void> {
  await page.getByRole('region', { name: SANDBOX }).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, code);
}

async function showCode(page: Page, code: string): Promise<void> {
  const box = page.getByRole('region', { name: SANDBOX });
  await pasteCode(page, code);
  await box.getByRole('button', { name: 'Step', exact: true }).waitFor();
  await box.locator('.graph-explorer:not(:has([aria-busy])) svg').waitFor();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  const first: number[] = [];
  const warm: number[] = [];
  const mlp: number[] = [];
  const steps = { expanded: [] as number[], collapsed: [] as number[], back: [] as number[], handler: [] as number[] };
  for (let round = 0; round < Math.max(3, Math.round(RUNS / 3)); round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await holdSandboxes(page); // the first Run below is what activates the sandbox
    await page.goto(`${server.url}/lessons/value/`, { waitUntil: 'networkidle' });
    first.push(await timeRunToGraph(page));
    await page.waitForTimeout(300);
    for (let i = 0; i < RUNS; i++) warm.push(await timeRunToGraph(page));
    const box = page.getByRole('region', { name: SANDBOX });
    await pasteCode(page, MLP_CODE);
    await box.getByRole('img', { name: /Computation graph of out/ }).waitFor();
    for (let i = 0; i < RUNS; i++) mlp.push(await timeRunToGraph(page));
    const nodes = await box.getByRole('img', { name: /Computation graph of out/ }).last().getAttribute('aria-label');
    if (round === 0) console.log(`MLP graph: ${nodes}`);
    await showCode(page, STEP_CODE);
    const expanded = await timeSteps(page, 3 * RUNS);
    steps.expanded.push(...expanded.step);
    steps.back.push(...expanded.back);
    steps.handler.push(...expanded.handler);
    await showCode(page, COLLAPSED_CODE);
    steps.collapsed.push(...(await timeSteps(page, 3 * RUNS)).step);
    await context.close();
  }
  await browser.close();
  const row = (what: string, xs: number[], goal: string) =>
    console.log(`${what.padEnd(52)} median ${median(xs).toFixed(0).padStart(5)} ms  (n=${xs.length}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})  ${goal}`);
  console.log(`Chromium: ${findChromium()?.source}`);
  row('first Run after activation → graph visible', first, '');
  row('warm Run → graph visible', warm, 'goal < 100 ms');
  row('MLP(3,[4,4,1]) forward graph → visible', mlp, 'goal < 300 ms');
  row('MLP backward: Step → next frame (all values)', steps.expanded, 'goal < 50 ms');
  row('MLP backward: Back → next frame (all values)', steps.back, 'goal < 50 ms');
  row('MLP backward: Step → next frame (neurons collapsed)', steps.collapsed, 'goal < 50 ms');
  row('MLP backward: the click handler alone (all values)', steps.handler, '(the rest is waiting for a frame)');
  console.log(`a step costs ${(median(steps.expanded) / median(mlp)).toFixed(2)}x laying the graph out again (the MLP graph row)`);
} finally {
  server.stop();
}
