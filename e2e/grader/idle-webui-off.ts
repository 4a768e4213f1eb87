// Chromium 156 keeps a renderer of its own in every browser, headless too: the omnibox's popup, made of web
// pages (WebUI), loaded at start-up and kept busy for a toolbar nobody sees. Grading a class it cost each of
// the grader's browsers some 1.5 CPU-s to start and 30–60 ms a second after that, on the cores the checks
// need. Two features start it; turning them off needs one `--disable-features` switch, and Chromium
// keeps only the last such switch it is given, so this one must also list the features Playwright turns off
// with its own (PaintHolding, HTTPS upgrades and the rest), which are read from the installed Playwright.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The features behind the omnibox popup's renderer (found by turning features off until it was gone). */
export const OMNIBOX_WEBUI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The features Playwright's own `--disable-features` switch turns off, from its source (a list named
 * `disabledFeatures`), or undefined where that list is not found, as after a change in Playwright's code.
 */
export function playwrightDisabledFeatures(source = readPlaywrightCore()): string[] | undefined {
  const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(source)?.[1];
  if (list === undefined) return undefined;
  const features = [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => m[1] ?? m[2]);
  return features.length > 0 ? features : undefined;
}

/**
 * The switch that turns off the omnibox's renderer and keeps Playwright's own list; none (the renderer stays,
 * grading is only slower) where Playwright's list cannot be read, rather than lose what Playwright turned off.
 */
export function idleWebUIOffArgs(playwrightSource = readPlaywrightCore()): string[] {
  const playwrights = playwrightDisabledFeatures(playwrightSource);
  if (!playwrights) return [];
  return [`--disable-features=${[...playwrights, ...OMNIBOX_WEBUI_FEATURES].join(',')}`];
}

/**
 * The part of Playwright's bundle from the list on. Searched as bytes and only that part decoded: the bundle is
 * 3.6 MB, and this runs as each grading process loads its config (decoding all of it took 50 ms, this takes 16).
 */
function readPlaywrightCore(): string {
  const require = createRequire(import.meta.url);
  try {
    const bundle = readFileSync(require.resolve('playwright-core/lib/coreBundle'));
    const at = bundle.indexOf('disabledFeatures = [');
    return at < 0 ? '' : bundle.subarray(at, at + 16_384).toString('utf8');
  } catch {
    return '';
  }
}
