import { z } from 'astro/zod';
import { scopeNames } from '../sandbox/learner-scope.ts';

/** An exercise's meta.json: content/exercises/<id>/meta.json. The folder's name is the exercise's id. */
export const exerciseSchema = z.object({
  /** Shown as the exercise's heading. */
  title: z.string().min(1),
  /** The slug of the lesson the exercise belongs to (the folder name under content/lessons/). */
  lesson: z.string().regex(/^[a-z0-9-]+$/),
  /** What to do, in a sentence or three. `backticks` mark code. */
  prompt: z.string().min(1),
  /** One to three hints, from a nudge to nearly the answer, shown one at a time. */
  hints: z.array(z.string().min(1)).min(1).max(3),
  /**
   * The names the learner's code may use, in Run and in Check: the engine's exports (e.g. "Value") and the
   * course helpers (src/sandbox/course-helpers.ts, e.g. "backward"); the rest are out of scope. An exercise
   * that asks for X never lists X, or anything that does X.
   */
  scope: z.array(z.enum(scopeNames)),
});

export type ExerciseMeta = z.infer<typeof exerciseSchema>;
