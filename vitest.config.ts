import { defineConfig } from 'vitest/config';

// Unit tests (*.test.ts) live next to the code they test; Playwright's *.spec.ts files are e2e's own.
export default defineConfig({
  test: { include: ['engine/**/*.test.ts', 'src/**/*.test.ts', 'e2e/**/*.test.ts'] },
});
