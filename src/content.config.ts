import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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

export const collections = { lessons };
