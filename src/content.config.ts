import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schemas/exercise.ts';
import { lessonSchema } from './schemas/lesson.ts';

/**
 * The lessons live outside src/, one folder each: `content/lessons/<slug>/lesson.mdx`, with the code of its
 * sandboxes beside it. The folder's name is the lesson's slug and URL: /lessons/<slug>/.
 */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/lesson.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: lessonSchema,
});

/**
 * Exercises: `content/exercises/<id>/` holds meta.json (this collection), starter.ts, solution.ts, checks.ts
 * and wrong/*.ts, the known wrong answers. The folder's name is the exercise's id everywhere.
 */
const exercises = defineCollection({
  loader: glob({
    pattern: '*/meta.json',
    base: './content/exercises',
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: exerciseSchema,
});

export const collections = { lessons, exercises };
