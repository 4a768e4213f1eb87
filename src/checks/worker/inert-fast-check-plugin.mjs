// A Vite plugin for the worker bundles: `fast-check` resolves to ./inert-fast-check.ts, which says why.
import { fileURLToPath } from 'node:url';

const inert = fileURLToPath(new URL('./inert-fast-check.ts', import.meta.url));

export function inertFastCheckInWorkers() {
  return {
    name: 'inert-fast-check-in-workers',
    enforce: 'pre',
    resolveId: (source) => (source === 'fast-check' ? inert : null),
  };
}
