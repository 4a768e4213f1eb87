import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../lib/memory-storage.ts';
import { liveRunsOn, setLiveRuns } from './live-runs.ts';

describe('Run again as I type', () => {
  it('is on until turned off, and remembered both ways', () => {
    const storage = memoryStorage();
    expect(liveRunsOn(() => storage)).toBe(true);
    setLiveRuns(false, () => storage);
    expect(liveRunsOn(() => storage)).toBe(false);
    setLiveRuns(true, () => storage);
    expect(liveRunsOn(() => storage)).toBe(true);
    expect(storage.length).toBe(0);
  });

  it('is on, without an error, when storage is broken', () => {
    const broken = () => {
      throw new Error('SecurityError');
    };
    expect(liveRunsOn(broken)).toBe(true);
    expect(() => setLiveRuns(false, broken)).not.toThrow();
  });
});
