// An exercise's files, read at build time (Vite's import.meta.glob), keyed by exercise id.
const raw = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').at(-2)!, text]));

/** The code a learner starts from. */
export const starters = raw(import.meta.glob('../../content/exercises/*/starter.ts', { query: '?raw', import: 'default', eager: true }));

/** The reference solutions, shown on "Show solution". */
export const solutions = raw(import.meta.glob('../../content/exercises/*/solution.ts', { query: '?raw', import: 'default', eager: true }));
