// The grader's Chromium (grading.config.ts) runs no renderer for the omnibox it never shows (idle-webui-off.ts):
// one such renderer per browser, loaded at start-up and busy all along, took CPU time from the checks.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type LaunchOptions } from '@playwright/test';
import { graderLaunchOptions } from './grading.config.ts';
import { OMNIBOX_WEBUI_FEATURES } from './idle-webui-off.ts';

/** The command lines of the renderers of the browser using `profile` (Linux's /proc). */
function renderersOf(profile: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let line = '';
    try {
      line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue; // gone meanwhile
    }
    if (line.includes(`--user-data-dir=${profile}`) && line.includes('--type=renderer')) found.push(line);
  }
  return found;
}

const isOmnibox = (line: string) => line.includes('--top-chrome-webui');

/** Opens a page in a browser launched with `options`; reports its renderers once `enough` says so, or after 15 s. */
async function renderersSeen(options: LaunchOptions, enough: (renderers: string[], ms: number) => boolean): Promise<{ renderers: string[]; ms: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'grader-chromium-'));
  const started = performance.now();
  const context = await chromium.launchPersistentContext(profile, options);
  try {
    await (context.pages()[0] ?? (await context.newPage())).goto('about:blank');
    let renderers = renderersOf(profile);
    while (!enough(renderers, performance.now() - started) && performance.now() - started < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      renderers = renderersOf(profile);
    }
    return { renderers, ms: performance.now() - started };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test("the grader's Chromium starts no renderer for the omnibox, and Chromium's default does", async () => {
  test.skip(process.platform !== 'linux', "reads the browser's processes from /proc");
  const { args: graderArgs = [], ...rest } = graderLaunchOptions;
  const withoutOurSwitch = graderArgs.filter((arg) => !OMNIBOX_WEBUI_FEATURES.some((f) => arg.includes(f)));
  expect(withoutOurSwitch.length).toBe(graderArgs.length - 1);

  // Without the switch, the omnibox's renderer is there: what the grader's launch is compared with.
  // (Playwright's own download runs headless as a shell without browser UI: no omnibox to turn off.)
  const plain = await renderersSeen({ ...rest, args: withoutOurSwitch }, (renderers) => renderers.some(isOmnibox));
  test.skip(!plain.renderers.some(isOmnibox), 'this Chromium starts no omnibox renderer of its own');
  expect(plain.renderers.filter(isOmnibox)).toHaveLength(1);

  // With it, a page's renderer and no omnibox, given the time the omnibox took to show up and as long again.
  const grader = await renderersSeen(graderLaunchOptions, (_, ms) => ms > 2 * plain.ms);
  expect(grader.renderers.length).toBeGreaterThan(0);
  expect(grader.renderers.filter(isOmnibox)).toEqual([]);
});
