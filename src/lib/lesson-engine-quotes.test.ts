import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// A lesson that shows code "as the engine writes it" quotes engine/value.ts: every line of the block must be a
// line of the engine (indentation aside), so the quote cannot drift from the code learners run.
const lessonsRoot = join(import.meta.dirname, '../../content/lessons');
const engineLines = new Set(readFileSync(join(import.meta.dirname, '../../engine/value.ts'), 'utf8').split('\n').map((l) => l.trim()));

const quotes = readdirSync(lessonsRoot).flatMap((slug) => {
  const source = readFileSync(join(lessonsRoot, slug, 'lesson.mdx'), 'utf8');
  return [...source.matchAll(/as the engine writes it[^`]*```ts\n([\s\S]*?)```/g)].map((m) => ({ slug, code: m[1] }));
});

describe('code quoted from the engine', () => {
  test('is quoted somewhere', () => expect(quotes.length).toBeGreaterThan(0));
  test.each(quotes)('in lesson $slug is the engine’s, line for line', ({ code }) => {
    const lines = code.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.filter((l) => !engineLines.has(l))).toEqual([]);
  });
});
