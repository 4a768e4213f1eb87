/**
 * "Run as I type": whether a sandbox runs its code again by itself when the learner stops typing. On by default;
 * one setting for the whole course, remembered in localStorage (a long training run re-started at every pause
 * is worth turning off; a teacher's grader turns it off too). Broken storage means "on".
 */
const KEY = 'micrograd-course:live-runs';
/** Dispatched on `document` when the setting changes, so every sandbox's checkbox follows. */
export const LIVE_RUNS_CHANGED = 'mg-live-runs-changed';

export function liveRunsOn(storage: () => Storage = () => localStorage): boolean {
  try {
    return storage().getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setLiveRuns(on: boolean, storage: () => Storage = () => localStorage): void {
  try {
    if (on) storage().removeItem(KEY);
    else storage().setItem(KEY, 'off');
  } catch {
    // Not remembered: this page still follows the choice.
  }
  globalThis.document?.dispatchEvent(new CustomEvent(LIVE_RUNS_CHANGED, { detail: on }));
}
