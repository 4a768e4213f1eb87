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
    expect(store.load()).toEqual({ v: 1, completed: { 'ops-add-mul': '2026-01-01T00:00:00.000Z' }, lastCheck: {}, lastLesson: 'ops' });
    expect(store.isCompleted('ops-add-mul')).toBe(true);
    expect(store.isCompleted('backward-topo')).toBe(false);
  });

  test('remembers the last Check of each exercise, whatever it said, the latest winning', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    store.recordCheck('ops-add-mul', 'fail', new Date('2026-01-01T10:00:00Z'));
    store.recordCheck('ops-add-mul', 'pass', new Date('2026-01-01T10:05:00Z'));
    store.recordCheck('backward-topo', 'error', new Date('2026-01-02T09:00:00Z'));
    store.markCompleted('ops-add-mul', new Date('2026-01-01T10:05:00Z'));
    store.recordCheck('ops-add-mul', 'fail', new Date('2026-01-03T08:00:00Z'));
    expect(store.load().lastCheck).toEqual({
      'ops-add-mul': { result: 'fail', at: '2026-01-03T08:00:00.000Z' },
      'backward-topo': { result: 'error', at: '2026-01-02T09:00:00.000Z' },
    });
    // A later failing Check does not take back the completion.
    expect(store.isCompleted('ops-add-mul')).toBe(true);
  });

  test('progress saved before Check results were recorded still loads; garbled results are dropped', () => {
    const storage = memoryStorage();
    storage.setItem('micrograd-course:progress', JSON.stringify({ v: 1, completed: { a: '2026-01-01T00:00:00.000Z' }, lastLesson: 'ops' }));
    expect(progressStore(() => storage).load()).toEqual({ v: 1, completed: { a: '2026-01-01T00:00:00.000Z' }, lastCheck: {}, lastLesson: 'ops' });
    storage.setItem(
      'micrograd-course:progress',
      JSON.stringify({ v: 1, completed: {}, lastCheck: { a: { result: 'pass', at: '2026-01-01T00:00:00.000Z' }, b: { result: 'great' }, c: 'pass', d: null } }),
    );
    expect(progressStore(() => storage).load().lastCheck).toEqual({ a: { result: 'pass', at: '2026-01-01T00:00:00.000Z' } });
  });

  test('clear forgets progress and the exercise code, but not other saved code', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    store.markCompleted('a');
    storage.setItem('micrograd-course:sandbox:exercise:a', '{"v":1,"code":"x"}');
    storage.setItem('micrograd-course:sandbox:/lessons/value#seed-neuron', '{"v":1,"code":"y"}');
    store.recordCheck('a', 'pass');
    store.clear();
    expect(store.load()).toEqual({ v: 1, completed: {}, lastCheck: {} });
    expect(storage.getItem('micrograd-course:sandbox:exercise:a')).toBeNull();
    expect(storage.getItem('micrograd-course:sandbox:/lessons/value#seed-neuron')).not.toBeNull();
  });

  test('corrupt or missing storage means no progress, and never throws', () => {
    const storage = memoryStorage();
    storage.setItem('micrograd-course:progress', '[1,2');
    expect(progressStore(() => storage).load()).toEqual({ v: 1, completed: {}, lastCheck: {} });
    const broken = progressStore(() => {
      throw new Error('denied');
    });
    expect(broken.load()).toEqual({ v: 1, completed: {}, lastCheck: {} });
    expect(() => broken.markCompleted('a')).not.toThrow();
    expect(() => broken.recordCheck('a', 'fail')).not.toThrow();
    expect(() => broken.clear()).not.toThrow();
  });
});

test('lessonProgress counts the done exercises of a lesson', () => {
  expect(lessonProgress({ v: 1, completed: { a: 'x', c: 'y' }, lastCheck: {} }, ['a', 'b'])).toEqual({ done: 1, total: 2 });
});
