import { describe, expect, test } from 'vitest';
import { inCourseOrder, lessonHref, neighbours } from './lessons.ts';

const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('inCourseOrder', () => {
  test('sorts by order', () => {
    expect(inCourseOrder([lesson('b', 2), lesson('c', 3), lesson('a', 1)]).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  test('names both lessons that claim the same place', () => {
    expect(() => inCourseOrder([lesson('ops', 2), lesson('value', 2)])).toThrow(
      'Lessons "ops" and "value" both have order 2; give each lesson its own.',
    );
  });
});

describe('neighbours', () => {
  const ordered = [lesson('a', 1), lesson('b', 2), lesson('c', 3)];
  test('gives the previous and next lesson', () => {
    expect(neighbours(ordered, 'b')).toEqual({ previous: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'a').previous).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
  });

  test('rejects an unknown id', () => {
    expect(() => neighbours(ordered, 'z')).toThrow('No lesson with id "z"');
  });
});

test('lessonHref', () => expect(lessonHref('value')).toBe('/lessons/value/'));
