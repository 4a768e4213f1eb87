import { defineConfig } from 'vitest/config';

// Only for StrykerJS (npm run test:mutation): the exercises' checks run against their solutions.
export default defineConfig({
  root: new URL('../../..', import.meta.url).pathname,
  test: { include: ['src/checks/mutation/solutions.mutation.ts'] },
});
