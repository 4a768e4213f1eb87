import { defineConfig, devices } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from './e2e/chromium.ts';
import { SUBPATH_PORT } from './e2e/subpath.ts';

// The browser tests drive the built site (npm run build) served by `astro preview`, in real Chromium.
const PORT = 4329;
const found = findChromium();
const launchOptions = found?.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      // --ignore-lock: a learner's running `npm start` is neither stopped nor in the way.
      command: `npx astro preview --port ${PORT} --ignore-lock`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // The same site built for a subpath (npm run build:subpath), for e2e/site/subpath.spec.ts.
      command: `npx astro preview --base /course/ --outDir dist-subpath --port ${SUBPATH_PORT} --ignore-lock`,
      url: `http://localhost:${SUBPATH_PORT}/course/`,
      reuseExistingServer: false,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ],
});
