import { describe, expect, test } from 'vitest';
import { lessonProgress, progressStore } from './progress.ts';
import { memoryStorage } from '../lib/memory-storage.ts';

describe('progressStore', () => {
  test('remembers completions (first time only) and the last lesson', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    store.markCompleted('ops-add-mul', new Date('2026-01-01T00:00:00Z'));
    store.markCompleted('ops-add-mul', new Date('2026-02-01T00:00:00Z'));
    store.visitLesson('ops');
    expect(store.load()).toEqual({ v: 1, completed: { 'ops-add-mul': '2026-01-01T00:00:00.000Z' }, lastLesson: 'ops' });
    expect(store.isCompleted('ops-add-mul')).toBe(true);
    expect(store.isCompleted('backward-topo')).toBe(false);
  });

  test('clear forgets progress and the exercise code, but not other saved code', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    store.markCompleted('a');
    storage.setItem('micrograd-course:sandbox:exercise:a', '{"v":1,"code":"x"}');
    storage.setItem('micrograd-course:sandbox:/lessons/value#seed-neuron', '{"v":1,"code":"y"}');
    store.clear();
    expect(store.load()).toEqual({ v: 1, completed: {} });
    expect(storage.getItem('micrograd-course:sandbox:exercise:a')).toBeNull();
    expect(storage.getItem('micrograd-course:sandbox:/lessons/value#seed-neuron')).not.toBeNull();
  });

  test('corrupt or missing storage means no progress, and never throws', () => {
    const storage = memoryStorage();
    storage.setItem('micrograd-course:progress', '[1,2');
    expect(progressStore(() => storage).load()).toEqual({ v: 1, completed: {} });
    const broken = progressStore(() => {
      throw new Error('denied');
    });
    expect(broken.load()).toEqual({ v: 1, completed: {} });
    expect(() => broken.markCompleted('a')).not.toThrow();
    expect(() => broken.clear()).not.toThrow();
  });
});

test('lessonProgress counts the done exercises of a lesson', () => {
  expect(lessonProgress({ v: 1, completed: { a: 'x', c: 'y' } }, ['a', 'b'])).toEqual({ done: 1, total: 2 });
});
