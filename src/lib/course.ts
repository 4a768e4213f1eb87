// The course's lessons in order, read from the content collection: the one place pages get them from.
import { getCollection, type CollectionEntry } from 'astro:content';
import { inCourseOrder } from './lessons.ts';

export type Lesson = CollectionEntry<'lessons'>;

export async function lessonsInOrder(): Promise<Lesson[]> {
  return inCourseOrder(await getCollection('lessons'));
}
