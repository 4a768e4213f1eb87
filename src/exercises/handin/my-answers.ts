/**
 * The learner's answers in localStorage as the hand-in sees them: which exercises they wrote code for, and
 * what loading a file's answers would change. Pure but for the storage, which tests replace. (No zip code
 * here: the page loads that only when it is needed, from hand-in-file.ts and answers-zip.ts.)
 */
import { codeStore } from '../../sandbox/storage.ts';

/** An exercise as the hand-in lists it, in course order (built at build time: HandIn.astro). */
export interface HandInExercise {
  id: string;
  title: string;
  /** The title of its lesson. */
  lesson: string;
  starter: string;
}

export type StorageSource = () => Storage;
/** The browser's localStorage, read when used (it may be missing: every read and write copes). */
export const local: StorageSource = () => localStorage;
const exerciseCode = (id: string, storage: StorageSource) => codeStore(`exercise:${id}`, storage);

/**
 * Exercise id → code, for each exercise with code saved that differs from its starter, in course order. (The
 * sandbox saves nothing while the code is the starter; a saved starter — one the course has since changed,
 * say — is not the learner's work.)
 */
export function writtenAnswers(exercises: readonly HandInExercise[], storage: StorageSource = local): Map<string, string> {
  const answers = new Map<string, string>();
  for (const { id, starter } of exercises) {
    const code = exerciseCode(id, storage).load();
    if (code !== undefined && code !== starter) answers.set(id, code);
  }
  return answers;
}

/** What loading answers would do, per exercise id, in the order of the file. */
export interface LoadPlan {
  /** The learner has written code here, and the file's is different: theirs would be lost. */
  replace: string[];
  /** Nothing written here yet (the starter): the file's code would be added. */
  add: string[];
  /** Already the same here: nothing to do. */
  same: string[];
}

export function planLoad(answers: ReadonlyMap<string, string>, exercises: readonly HandInExercise[], storage: StorageSource = local): LoadPlan {
  const starters = new Map(exercises.map((e) => [e.id, e.starter]));
  const written = writtenAnswers(exercises, storage);
  const plan: LoadPlan = { replace: [], add: [], same: [] };
  for (const [id, code] of answers) {
    const current = written.get(id) ?? starters.get(id);
    if (code === current) plan.same.push(id);
    else if (written.has(id)) plan.replace.push(id);
    else plan.add.push(id);
  }
  return plan;
}

/** Saves the file's code for the plan's replaced and added exercises (code equal to the starter: none saved). */
export function applyLoad(answers: ReadonlyMap<string, string>, plan: LoadPlan, exercises: readonly HandInExercise[], storage: StorageSource = local): void {
  const starters = new Map(exercises.map((e) => [e.id, e.starter]));
  for (const id of [...plan.replace, ...plan.add]) {
    const code = answers.get(id)!;
    const store = exerciseCode(id, storage);
    if (code === starters.get(id)) store.clear();
    else store.save(code);
  }
}
