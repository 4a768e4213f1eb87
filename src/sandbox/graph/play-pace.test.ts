import { expect, test } from 'vitest';
import { DEFAULT_PLAY_SPEED, FASTEST_STEP_MS, PLAY_SPEEDS, playInterval, speedLabel } from './play-pace.ts';

const speed = (id: string) => PLAY_SPEEDS.find((s) => s.id === id)!;
const normal = speed(DEFAULT_PLAY_SPEED);
const passSeconds = (steps: number, s = normal) => (steps * playInterval(steps, s)) / 1000;

test("at the default speed, the MLP's 73 steps play in about 20 s, not the minute they took", () => {
  expect(passSeconds(73)).toBeLessThanOrEqual(20.5);
  expect(passSeconds(73)).toBeGreaterThanOrEqual(15);
});

test('a short pass is not rushed: one step a second at the default speed', () => {
  expect(playInterval(5, normal)).toBe(1000);
  expect(playInterval(1, normal)).toBe(1000);
});

test('a very long pass plays as fast as the page can paint, no faster', () => {
  expect(playInterval(2000, normal)).toBe(FASTEST_STEP_MS);
});

test('slower speeds are slower and faster ones faster, for every length of pass', () => {
  for (const steps of [1, 5, 20, 73, 300, 2000]) {
    const [slow, medium, fast] = ['slow', 'normal', 'fast'].map((id) => playInterval(steps, speed(id)));
    expect(slow).toBeGreaterThanOrEqual(medium);
    expect(medium).toBeGreaterThanOrEqual(fast);
  }
  expect(playInterval(5, speed('slow'))).toBeGreaterThan(playInterval(5, speed('fast')));
});

test('each choice says how long the whole pass takes', () => {
  expect(speedLabel(73, normal)).toBe('Normal (20 s in all)');
  expect(speedLabel(5, normal)).toBe('Normal (5 s in all)');
  expect(speedLabel(5, speed('fast'))).toBe('Fast (2 s in all)');
  expect(speedLabel(1, speed('slow'))).toBe('Slow (2 s in all)');
});
