import { z } from 'astro/zod';

/** A lesson's frontmatter: what the site needs to list, order and introduce it. */
export const lessonSchema = z.object({
  /** The lesson's title, as the lesson list and the page heading show it. */
  title: z.string().min(1),
  /** The lesson's place in the course, 1 first. Each lesson has its own. */
  order: z.number().int().positive(),
  /** One or two sentences for the home page's list of lessons. */
  summary: z.string().min(1),
  /** What a learner can do after the lesson, shown at its top. */
  objectives: z.array(z.string().min(1)).min(1),
});

export type LessonData = z.infer<typeof lessonSchema>;
