// `npm run screenshots`: pictures of the built site's pages, desktop and phone, light and dark, after the
// sandboxes have run — for looking at what learners see. Needs `npm run build` first; writes to
// test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { devices } from '@playwright/test';
import { launchChromium } from '../chromium.ts';
import { startPreview } from '../preview-server.ts';

const PORT = 4331;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons/value/'];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  for (const [device, options] of [['desktop', { viewport: { width: 1366, height: 900 } }], ['phone', devices['Pixel 7']]] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme: theme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
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
  server.stop();
}
