// The exercises as the e2e tests and the grader know them: read from content/exercises/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const exercisesRoot = join(import.meta.dirname, '../content/exercises');

export interface ExerciseFile {
  id: string;
  title: string;
  lesson: string;
  hints: string[];
  starter: string;
  solution: string;
}

export const exerciseFiles: ExerciseFile[] = readdirSync(exercisesRoot)
  .filter((name) => !name.includes('.'))
  .map((id) => {
    const meta = JSON.parse(readFileSync(join(exercisesRoot, id, 'meta.json'), 'utf8')) as { title: string; lesson: string; hints: string[] };
    const read = (file: string) => readFileSync(join(exercisesRoot, id, file), 'utf8');
    return { id, ...meta, starter: read('starter.ts'), solution: read('solution.ts') };
  });
