/** Ordering and navigation of lessons: pure functions, so they are tested without building the site. */
import { withBase } from './base-path.ts';

export interface Ordered {
  id: string;
  data: { order: number; title: string };
}

/** Lessons by their `order`; two lessons claiming the same place is an author's mistake worth a clear error. */
export function inCourseOrder<T extends Ordered>(lessons: readonly T[]): T[] {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(
        `Lessons "${sorted[i - 1].id}" and "${sorted[i].id}" both have order ${sorted[i].data.order}; give each lesson its own.`,
      );
    }
  }
  return sorted;
}

/** The lessons before and after `id` in course order (undefined at either end). */
export function neighbours<T extends Ordered>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((lesson) => lesson.id === id);
  if (i < 0) throw new Error(`No lesson with id "${id}"`);
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

/** The URL of a lesson's page. */
export function lessonHref(id: string): string {
  return withBase(`/lessons/${id}/`);
}
