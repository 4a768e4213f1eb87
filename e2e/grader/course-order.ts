// The exercises in the order a learner meets them: lesson by lesson, then as they appear on the lesson's
// page. The gradebook's columns, and the order the grading run takes them in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseFiles } from '../exercises.ts';
import { lessonFiles } from '../lessons.ts';

const lessonsRoot = join(import.meta.dirname, '../../content/lessons');

export function exercisesInCourseOrder(): string[] {
  const place = new Map<string, number>();
  lessonFiles.forEach((lesson, l) => {
    const source = readFileSync(join(lessonsRoot, lesson.slug, 'lesson.mdx'), 'utf8');
    for (const m of source.matchAll(/<Exercise\s+id="([^"]+)"/g)) place.set(m[1], l * 1e6 + m.index);
  });
  const ids = exerciseFiles.map((e) => e.id);
  const missing = ids.filter((id) => !place.has(id));
  if (missing.length > 0) throw new Error(`Exercises on no lesson's page: ${missing.join(', ')}`);
  return ids.sort((a, b) => place.get(a)! - place.get(b)!);
}
