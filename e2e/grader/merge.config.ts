// For `npm run grade -- --merge <folder of blob reports>`: playwright merge-reports replays every machine's
// results into the same gradebook reporter a single run uses.
import { defineConfig } from '@playwright/test';

export default defineConfig({ testDir: '.', testMatch: 'answers.grading.ts', reporter: [['./gradebook-reporter.ts']] });
