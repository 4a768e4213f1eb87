import { describe, expect, test } from 'vitest';
import { codeStore } from './storage.ts';
import { memoryStorage } from '../lib/memory-storage.ts';

describe('codeStore', () => {
  test('saves and loads code per key', () => {
    const storage = memoryStorage();
    const a = codeStore('lesson/a', () => storage);
    const b = codeStore('lesson/b', () => storage);
    a.save('const x = 1;');
    expect(a.load()).toBe('const x = 1;');
    expect(b.load()).toBeUndefined();
    a.clear();
    expect(a.load()).toBeUndefined();
  });

  test('treats corrupt or foreign data as nothing saved', () => {
    const storage = memoryStorage();
    const store = codeStore('k', () => storage);
    storage.setItem('micrograd-course:sandbox:k', '{not json');
    expect(store.load()).toBeUndefined();
    storage.setItem('micrograd-course:sandbox:k', JSON.stringify({ v: 99, code: 'x' }));
    expect(store.load()).toBeUndefined();
    storage.setItem('micrograd-course:sandbox:k', JSON.stringify({ v: 1, code: 42 }));
    expect(store.load()).toBeUndefined();
  });

  test('never throws when storage is unavailable or full', () => {
    const broken = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = codeStore('k', broken);
    expect(store.load()).toBeUndefined();
    expect(() => store.save('x')).not.toThrow();
    expect(() => store.clear()).not.toThrow();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => codeStore('k', () => full).save('x')).not.toThrow();
  });
});
