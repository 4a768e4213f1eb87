/**
 * A learner's progress, in localStorage: which exercises are complete, and the lesson they were last on.
 * (Their code for each exercise is saved beside it by the sandbox, under "…sandbox:exercise:<id>".)
 * Like all storage here, failures mean "no progress", never an error on the page.
 */
const KEY = 'micrograd-course:progress';
const CODE_PREFIX = 'micrograd-course:sandbox:exercise:';

export interface Progress {
  v: 1;
  /** Exercise id → when it was first completed (ISO time). */
  completed: Record<string, string>;
  /** The slug of the lesson the learner last opened. */
  lastLesson?: string;
}

/** Dispatched on `document` when a Check passes, with the exercise id as `detail`. */
export const EXERCISE_COMPLETED = 'mg-exercise-completed';

const empty = (): Progress => ({ v: 1, completed: {} });

export function progressStore(storage: () => Storage = () => localStorage) {
  function load(): Progress {
    try {
      const raw = storage().getItem(KEY);
      const parsed = raw === null ? undefined : (JSON.parse(raw) as Partial<Progress>);
      if (parsed?.v !== 1 || typeof parsed.completed !== 'object' || parsed.completed === null) return empty();
      return { v: 1, completed: { ...parsed.completed }, lastLesson: typeof parsed.lastLesson === 'string' ? parsed.lastLesson : undefined };
    } catch {
      return empty();
    }
  }
  function save(progress: Progress): void {
    try {
      storage().setItem(KEY, JSON.stringify(progress));
    } catch {
      // Not saved: the page goes on without remembering.
    }
  }
  return {
    load,
    markCompleted(id: string, now = new Date()): void {
      const progress = load();
      progress.completed[id] ??= now.toISOString();
      save(progress);
    },
    isCompleted: (id: string) => id in load().completed,
    visitLesson(slug: string): void {
      save({ ...load(), lastLesson: slug });
    },
    /** Forgets completions, the last lesson and the learner's exercise code. */
    clear(): void {
      try {
        const s = storage();
        s.removeItem(KEY);
        for (let i = s.length - 1; i >= 0; i--) {
          const key = s.key(i);
          if (key?.startsWith(CODE_PREFIX)) s.removeItem(key);
        }
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}

/** "1 of 2 exercises done" for a lesson's exercises. */
export function lessonProgress(progress: Progress, exerciseIds: readonly string[]): { done: number; total: number } {
  return { done: exerciseIds.filter((id) => id in progress.completed).length, total: exerciseIds.length };
}
