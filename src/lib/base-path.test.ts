import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from './base-path.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/lessons/value/', '/')).toBe('/lessons/value/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('puts paths under a subpath, with or without its trailing slash', () => {
    expect(withBase('/lessons/value/', '/course/')).toBe('/course/lessons/value/');
    expect(withBase('/lessons/value/', '/course')).toBe('/course/lessons/value/');
    expect(withBase('/', '/course/')).toBe('/course/');
    expect(withBase('favicon.svg', '/a/b/')).toBe('/a/b/favicon.svg');
  });
});

describe('withoutBase', () => {
  it('takes the subpath off, and only a whole segment of it', () => {
    expect(withoutBase('/course/lessons/value', '/course/')).toBe('/lessons/value');
    expect(withoutBase('/course', '/course')).toBe('/');
    expect(withoutBase('/courses/x', '/course/')).toBe('/courses/x');
    expect(withoutBase('/lessons/value', '/')).toBe('/lessons/value');
  });
});
