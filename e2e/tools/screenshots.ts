// `npm run screenshots`: pictures of the built site's pages, desktop and phone, light and dark, after the
// sandboxes have run — for looking at what learners see. Needs `npm run build` first; writes to
// test-results/screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../chromium.ts';

const PORT = 4331;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons/value/'];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
  stdio: 'ignore',
  detached: true, // its own process group, so that stopping it stops astro too
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const found = findChromium();
  const browser = await chromium.launch(found?.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
  for (const [device, options] of [['desktop', { viewport: { width: 1366, height: 900 } }], ['phone', devices['Pixel 7']]] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme: theme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`http://localhost:${PORT}${path}`);
        // Scroll through so every sandbox activates and runs, then wait for their graphs.
        for (let y = 0; y < 20; y++) {
          await page.mouse.wheel(0, 600);
          await page.waitForTimeout(150);
        }
        await page.waitForTimeout(2500);
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${device}-${theme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        console.log(`${out}/${name}`);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  process.kill(-server.pid!);
}
