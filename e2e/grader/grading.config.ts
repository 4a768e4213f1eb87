// Playwright Test, configured to grade: the tests are learner × exercise (answers.grading.ts, from the plan
// `npm run grade` wrote), the reporter writes the gradebook. Parallel workers, retries of grading failures,
// --shard and blob reports for merge-reports all come from Playwright. Run it through `npm run grade`.
import { defineConfig } from '@playwright/test';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../chromium.ts';
import { idleWebUIOffArgs } from './idle-webui-off.ts';

export const GRADE_PORT = Number(process.env.GRADE_PORT ?? 4337);
export const BLOB_ENV = 'MICROGRAD_GRADING_BLOB';
export const WORKERS_ENV = 'MICROGRAD_GRADING_WORKERS';

const found = findChromium();
export const graderLaunchOptions = {
  ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  args: [...(found?.executablePath ? SYSTEM_CHROMIUM_ARGS : []), ...idleWebUIOffArgs()],
};
const blob = process.env[BLOB_ENV];

/**
 * A worker per core (at least two, at most eight browsers). Each worker is a browser whose work flows through
 * several processes and threads, so more workers than cores looked like a way to keep the cores busy; but on
 * this two-core machine grading is CPU-bound, and a third browser only added its own costs. Bench class,
 * alternating, five pairs: 76.7–87.9 s with two workers against 81.3–109.4 s with three, 6% less CPU time.
 */
const DEFAULT_WORKERS = Math.min(8, Math.max(2, availableParallelism()));

export default defineConfig({
  testDir: '.',
  testMatch: 'answers.grading.ts',
  fullyParallel: true,
  workers: Number(process.env[WORKERS_ENV] ?? DEFAULT_WORKERS),
  // A failed test is grading that failed (a crashed page), never a learner's wrong answer: worth retrying.
  retries: 2,
  timeout: 120_000,
  outputDir: join(tmpdir(), `micrograd-grading-${process.pid}`),
  reporter: [...(blob ? [['blob', { outputDir: blob }] as const] : []), ['./gradebook-reporter.ts']],
  use: { baseURL: `http://localhost:${GRADE_PORT}/`, launchOptions: graderLaunchOptions, trace: 'off', screenshot: 'off' },
  webServer: {
    command: `"${process.execPath}" e2e/grader/site-server.ts ${GRADE_PORT}`,
    cwd: join(import.meta.dirname, '../..'),
    url: `http://localhost:${GRADE_PORT}/`,
    reuseExistingServer: false,
  },
});
