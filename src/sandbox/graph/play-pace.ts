// How fast Play goes: slow enough to follow a short pass one step at a time, quick enough that the 73 steps
// of the lecture's MLP (or hundreds, expanded) do not take minutes. Each speed caps both one step and the pass.

export interface PlaySpeed {
  id: 'slow' | 'normal' | 'fast';
  label: string;
  /** The longest a step is shown: a short pass plays at this pace. */
  stepMs: number;
  /** The longest a whole pass takes: a long pass plays faster, down to FASTEST_STEP_MS a step. */
  passMs: number;
}

export const PLAY_SPEEDS: readonly PlaySpeed[] = [
  { id: 'slow', label: 'Slow', stepMs: 2000, passMs: 60_000 },
  { id: 'normal', label: 'Normal', stepMs: 1000, passMs: 20_000 },
  { id: 'fast', label: 'Fast', stepMs: 400, passMs: 6_000 },
];

export const DEFAULT_PLAY_SPEED: PlaySpeed['id'] = 'normal';

/** Quicker than this, a step's texts are not painted before the next replaces them. */
export const FASTEST_STEP_MS = 30;

/** The time between two steps when playing a pass of `steps` steps. */
export function playInterval(steps: number, speed: PlaySpeed): number {
  return Math.round(Math.min(speed.stepMs, Math.max(FASTEST_STEP_MS, speed.passMs / Math.max(1, steps))));
}

/** "Normal (20 s in all)": the speed, and how long a whole pass of `steps` takes at it. */
export function speedLabel(steps: number, speed: PlaySpeed): string {
  const seconds = (steps * playInterval(steps, speed)) / 1000;
  return `${speed.label} (${seconds < 10 ? Math.round(seconds * 10) / 10 : Math.round(seconds)} s in all)`;
}
