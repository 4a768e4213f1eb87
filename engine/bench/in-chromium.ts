// The engine timed in Chromium, where learners run it: workloads.ts bundled with esbuild and run in a headless
// page (the Chromium the e2e tests use). V8 in Chromium compresses pointers, so the engine's Values are about
// half the size they are in Node, and a step that walks tens of thousands of them runs several times faster.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../../e2e/chromium.ts';
import type { MlpWorkload, Timing } from './workloads.ts';

export type ChromiumTimings = Record<MlpWorkload | 'gpt', Timing> & { version: string };

export async function timeInChromium(names: string[], allNames: string[], runs: number): Promise<ChromiumTimings | { error: string }> {
  const found = findChromium();
  if (!found) return { error: 'no Chromium found (npm test installs one)' };
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./workloads.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'benchWorkloads',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  // --expose-gc: a full collection before each timed block, as in Node (workloads.ts).
  const args = [...(found.executablePath ? SYSTEM_CHROMIUM_ARGS : []), '--js-flags=--expose-gc'];
  const browser = await chromium.launch({ executablePath: found.executablePath, args });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const timings = await page.evaluate(
      ({ names, allNames, runs }) => {
        const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
        return (globalThis as unknown as { benchWorkloads: typeof import('./workloads.ts') }).benchWorkloads.timeEngine(names, allNames, runs, collect);
      },
      { names, allNames, runs },
    );
    return { ...timings, version: browser.version() };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await browser.close();
  }
}
