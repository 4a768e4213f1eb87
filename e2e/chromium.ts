// Which Chromium the browser tests drive. Playwright's own download when present, else the system's.
// `provision-chromium.ts` installs one when neither is there; this file only looks.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export interface FoundChromium {
  /** undefined means Playwright's own browser, at its default place. */
  executablePath?: string;
  source: string;
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium(): FoundChromium | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: `CHROMIUM_PATH (${fromEnv})` };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { source: `Playwright's Chromium (${bundled})` };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: `the system's Chromium (${system})` } : undefined;
}

/**
 * Flags for a system Chromium on a machine without internet: without the background-networking ones it keeps
 * trying to reach Google's servers. Playwright's own build needs none of them.
 */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches the Chromium that findChromium() picks, with the flags it needs. */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: run `node e2e/provision-chromium.ts` (npm test does) or set CHROMIUM_PATH.');
  return chromium.launch(found.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
}
