// Run before the browser tests (npm test does): finds a Chromium, or installs one and says which.
// Order: one already there (see chromium.ts); Playwright's download, where the network allows; the system's
// package manager (Debian/Ubuntu's chromium, as root). Fails with what to do when none of these works.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

function attempt(what: string, command: string, timeoutMs: number): boolean {
  console.log(`e2e: no Chromium found; trying ${what}: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', timeout: timeoutMs });
    return findChromium() !== undefined;
  } catch {
    console.log(`e2e: ${what} did not work.`);
    return false;
  }
}

function provision(): void {
  if (findChromium()) return;
  if (attempt("Playwright's download", 'npx playwright install chromium', 5 * 60_000)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt && attempt("Debian's chromium package", 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', 10 * 60_000)) return;
  console.error(
    'e2e: no Chromium could be found or installed. Install one (`npx playwright install chromium`, or your ' +
      "system's chromium package) or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.",
  );
  process.exit(1);
}

provision();
console.log(`e2e: using ${findChromium()!.source}`);
