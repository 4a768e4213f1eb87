import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatLessonNumber, lessonNumbers } from './lesson-numbers.ts';

describe('the numbers lessons quote', () => {
  test("are the seed's", () => {
    expect(lessonNumbers['seed.o']).toBe(0.7071067811865476);
    expect(formatLessonNumber('seed.o', 4)).toBe('0.7071');
    expect(formatLessonNumber('seed.n.grad', 4)).toBe('0.5000');
    expect(formatLessonNumber('seed.x1.grad', 1)).toBe('-1.5');
    expect(formatLessonNumber('seed.w1.grad', 1)).toBe('1.0');
    expect(formatLessonNumber('seed.x2.grad', 1)).toBe('0.5');
    expect(formatLessonNumber('seed.w2.grad', 1)).toBe('0.0');
  });

  test('an unknown name is a build error that lists the known ones', () => {
    expect(() => formatLessonNumber('seed.nope')).toThrow(/no such number; known: seed\.n, seed\.o/);
  });
});

// One source of truth: a decimal number in a lesson's prose must come from <N>, not be typed in.
const lessonsRoot = join(import.meta.dirname, '../../content/lessons');
describe.each(readdirSync(lessonsRoot))('lesson %s', (slug) => {
  test('types no decimal numbers in its prose (they come from <N name="…" />)', () => {
    const source = readFileSync(join(lessonsRoot, slug, 'lesson.mdx'), 'utf8');
    const prose = source
      .replace(/^---[\s\S]*?---/, '') // frontmatter
      .replace(/```[\s\S]*?```/g, '') // code blocks (the seed's Python prints its own numbers)
      .replace(/`[^`]*`/g, '') // inline code
      .replace(/^import .*$/gm, '');
    expect(prose.match(/-?\d+\.\d{2,}/g) ?? []).toEqual([]);
  });
});
