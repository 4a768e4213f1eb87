// `npm run timing`: how fast the sandbox feels, measured in the built site in Chromium (run `npm run build`
// first). Prints medians; it asserts nothing, since wall-clock times vary with the machine.
//   - first Run: from clicking Run on a sandbox that was not yet activated to its graph on screen
//   - warm Run: clicking Run again, to the new graph on screen
//   - MLP graph: the forward graph of MLP(3, [4, 4, 1]) (about 200 values), from Run to graph on screen
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../chromium.ts';
import { paste } from '../paste.ts';

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

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
  stdio: 'ignore',
  detached: true,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  for (let i = 0; i < 50 && !(await fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false)); i++) {
    await new Promise((r) => setTimeout(r, 200));
  }
  const found = findChromium();
  const browser = await chromium.launch(found?.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
  const first: number[] = [];
  const warm: number[] = [];
  const mlp: number[] = [];
  for (let round = 0; round < Math.max(3, Math.round(RUNS / 3)); round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    // No sandbox activates by scrolling: the first Run below is what activates it.
    await page.addInitScript(() => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      } as unknown as typeof IntersectionObserver;
    });
    await page.goto(`http://localhost:${PORT}/lessons/value/`, { waitUntil: 'networkidle' });
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
  console.log(`Chromium: ${found?.source ?? "Playwright's"}`);
  row('first Run after activation → graph visible', first, '');
  row('warm Run → graph visible', warm, 'goal < 100 ms');
  row('MLP(3,[4,4,1]) forward graph → visible', mlp, 'goal < 300 ms');
} finally {
  process.kill(-server.pid!);
}
