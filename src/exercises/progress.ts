import type { Status } from '../checks/define.ts';

/**
 * A learner's progress, in localStorage: which exercises are complete, what each one's last Check said (for
 * the hand-in's manifest), and the lesson they were last on.
 * (Their code for each exercise is saved beside it by the sandbox, under "…sandbox:exercise:<id>".)
 * Like all storage here, failures mean "no progress", never an error on the page.
 */
const KEY = 'micrograd-course:progress';
const CODE_PREFIX = 'micrograd-course:sandbox:exercise:';

export interface Progress {
  v: 1;
  /** Exercise id → when it was first completed (ISO time). */
  completed: Record<string, string>;
  /** Exercise id → the result of the last Check and when it finished (ISO time). */
  lastCheck: Record<string, LastCheck>;
  /** The slug of the lesson the learner last opened. */
  lastLesson?: string;
}

export interface LastCheck {
  result: Status;
  at: string;
}

const RESULTS: readonly string[] = ['pass', 'fail', 'error'] satisfies Status[];

/** Dispatched on `document` when a Check passes, with the exercise id as `detail`. */
export const EXERCISE_COMPLETED = 'mg-exercise-completed';

const empty = (): Progress => ({ v: 1, completed: {}, lastCheck: {} });

export function progressStore(storage: () => Storage = () => localStorage) {
  function load(): Progress {
    try {
      const raw = storage().getItem(KEY);
      const parsed = raw === null ? undefined : (JSON.parse(raw) as Partial<Progress>);
      if (parsed?.v !== 1 || typeof parsed.completed !== 'object' || parsed.completed === null) return empty();
      return {
        v: 1,
        completed: { ...parsed.completed },
        // Saved before Check results were recorded, or garbled: no results, the rest of the progress kept.
        lastCheck: Object.fromEntries(Object.entries(parsed.lastCheck ?? {}).filter(([, last]) => isLastCheck(last))),
        lastLesson: typeof parsed.lastLesson === 'string' ? parsed.lastLesson : undefined,
      };
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
    /** Remembers what the latest Check of an exercise said, pass or not (the last one wins). */
    recordCheck(id: string, result: Status, now = new Date()): void {
      const progress = load();
      progress.lastCheck[id] = { result, at: now.toISOString() };
      save(progress);
    },
    visitLesson(slug: string): void {
      save({ ...load(), lastLesson: slug });
    },
    /** Forgets completions, Check results, the last lesson and the learner's exercise code. */
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

function isLastCheck(value: unknown): value is LastCheck {
  const last = value as Partial<LastCheck> | null;
  return typeof last === 'object' && last !== null && RESULTS.includes(last.result as string) && typeof last.at === 'string';
}
