// An exercise's files, read at build time (Vite's import.meta.glob), keyed by exercise id.
const raw = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').at(-2)!, text]));

/** The code a learner starts from. */
export const starters = raw(import.meta.glob('../../content/exercises/*/starter.ts', { query: '?raw', import: 'default', eager: true }));

/**
 * The reference solutions, shown on "Show solution", without the comments that tell the mutation tests
 * which lines are the starter's own (`// Stryker disable …`, `// Stryker restore …`): those are for the
 * course's authors, not for learners.
 */
export const solutions = Object.fromEntries(
  Object.entries(raw(import.meta.glob('../../content/exercises/*/solution.ts', { query: '?raw', import: 'default', eager: true }))).map(
    ([id, text]) => [id, withoutStrykerComments(text)],
  ),
);

export function withoutStrykerComments(code: string): string {
  return code.replace(/^[ \t]*\/\/ Stryker (disable|restore)\b.*\r?\n/gm, '').replace(/[ \t]*\/\/ Stryker (disable|restore)\b.*$/gm, '');
}
