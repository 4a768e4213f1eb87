// `npm run timing`: how fast the sandbox feels, measured in the built site in Chromium (run `npm run build`
// first). Prints medians; it asserts nothing, since wall-clock times vary with the machine.
//   - first Run: from clicking Run on a sandbox that was not yet activated to its graph on screen
//   - warm Run: clicking Run again, to the new graph on screen
//   - MLP graph: the forward graph of MLP(3, [4, 4, 1]) (about 200 values), from Run to graph on screen
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  const first: number[] = [];
  const warm: number[] = [];
  const mlp: number[] = [];
  for (let round = 0; round < Math.max(3, Math.round(RUNS / 3)); round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await holdSandboxes(page); // the first Run below is what activates the sandbox
    await page.goto(`${server.url}/lessons/value/`, { waitUntil: 'networkidle' });
    first.push(await timeRunToGraph(page));
    await page.waitForTimeout(300);
    for (let i = 0; i < RUNS; i++) warm.push(await timeRunToGraph(page));
    const box = page.getByRole('region', { name: SANDBOX });
    await box.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await paste(page, MLP_CODE);
    await box.getByRole('img', { name: /Computation graph of out/ }).waitFor();
    for (let i = 0; i < RUNS; i++) mlp.push(await timeRunToGraph(page));
    const nodes = await box.getByRole('img', { name: /Computation graph of out/ }).last().getAttribute('aria-label');
    if (round === 0) console.log(`MLP graph: ${nodes}`);
    await context.close();
  }
  await browser.close();
  const row = (what: string, xs: number[], goal: string) =>
    console.log(`${what.padEnd(44)} median ${median(xs).toFixed(0).padStart(5)} ms  (n=${xs.length}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})  ${goal}`);
  console.log(`Chromium: ${findChromium()?.source}`);
  row('first Run after activation → graph visible', first, '');
  row('warm Run → graph visible', warm, 'goal < 100 ms');
  row('MLP(3,[4,4,1]) forward graph → visible', mlp, 'goal < 300 ms');
} finally {
  server.stop();
}
