// `npm run screenshots`: pictures of the built site's pages, desktop and phone, light and dark, after the
// sandboxes have run — for looking at what learners see. Needs `npm run build` first; writes to
// test-results/screenshots/: each page whole, and cut into screen-high tiles (`…-01.png`, in CSS pixels) that an
// image viewer shows at a readable size.
import { mkdirSync } from 'node:fs';
import { devices } from '@playwright/test';
import { launchChromium } from '../chromium.ts';
import { startPreview } from '../preview-server.ts';

const PORT = 4331;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons/value/'];
const out = 'test-results/screenshots';
mkdirSync(`${out}/tiles`, { recursive: true });

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
        // Back at the top, so sticky parts (the lesson list) are where a learner first sees them.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${device}-${theme}`;
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: true, scale: 'css' });
        const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
        const tile = device === 'phone' ? 1100 : 1500;
        for (let y = 0, i = 1; y < height; y += tile, i++) {
          const clip = { x: 0, y, width, height: Math.min(tile, height - y) };
          await page.screenshot({ path: `${out}/tiles/${name}-${String(i).padStart(2, '0')}.png`, fullPage: true, clip, scale: 'css' });
        }
        console.log(`${out}/${name}.png`);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.stop();
}
