// Which of the engine's names and the course helpers each exercise's code may use (meta.json's `scope`, checked
// by src/schemas/exercise.ts), read at build time. An exercise that asks the learner to build X never has the
// engine's X, a course helper that does X, or anything else that does X, in scope.
const scopes = Object.fromEntries(
  Object.entries(import.meta.glob<readonly string[]>('../../content/exercises/*/meta.json', { import: 'scope', eager: true })).map(
    ([path, scope]) => [path.split('/').at(-2)!, scope],
  ),
);

export function scopeOf(exercise: string): readonly string[] {
  const scope = scopes[exercise];
  if (!scope) throw new Error(`No scope for exercise "${exercise}"`);
  return scope;
}
