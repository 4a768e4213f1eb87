/** The file "Download my answers" saves: the learner's written answers and their last Checks, as a .zip. */
import { progressStore } from '../progress.ts';
import { writeAnswersZip, type AnswersManifestInput } from './answers-zip.ts';
import { local, writtenAnswers, type HandInExercise, type StorageSource } from './my-answers.ts';

export interface CourseInfo {
  name: string;
  version: string;
}

export interface HandInFile {
  name: string;
  bytes: Uint8Array;
  /** The exercises in it, in course order. */
  ids: string[];
}

/** The .zip to download, or undefined when the learner has written nothing yet. */
export function handInFile(exercises: readonly HandInExercise[], course: CourseInfo, now = new Date(), storage: StorageSource = local): HandInFile | undefined {
  const answers = writtenAnswers(exercises, storage);
  if (answers.size === 0) return undefined;
  const { lastCheck } = progressStore(storage).load();
  const ids = [...answers.keys()];
  const manifest: AnswersManifestInput = {
    course: { name: course.name, version: course.version },
    exportedAt: now.toISOString(),
    exercises: ids.map((id) => ({ id, lastCheck: lastCheck[id] ?? null })),
  };
  return { name: `micrograd-answers-${localDate(now)}.zip`, bytes: writeAnswersZip({ answers, manifest }), ids };
}

/** The day in the learner's own time zone, as in file names: 2026-03-04. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

