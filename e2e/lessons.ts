// The lessons as the e2e tests know them: read from content/, the same files the site is built from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../content/lessons');

export interface LessonFile {
  slug: string;
  title: string;
  order: number;
  /** The sandboxes that run by themselves when scrolled to (not those with live={false}, which wait for Run). */
  sandboxTitles: string[];
}

export const lessonFiles: LessonFile[] = readdirSync(root)
  .map((slug) => {
    const source = readFileSync(join(root, slug, 'lesson.mdx'), 'utf8');
    return {
      slug,
      title: /^title:\s*(.+)$/m.exec(source)![1].trim(),
      order: Number(/^order:\s*(\d+)$/m.exec(source)![1]),
      sandboxTitles: [...source.matchAll(/<Sandbox[^>]*\stitle="([^"]+)"[^>]*>/g)].filter((m) => !/live=\{false\}/.test(m[0])).map((m) => m[1]),
    };
  })
  .sort((a, b) => a.order - b.order);
