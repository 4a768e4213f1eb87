// Whose answers to grade, read from what the teacher points `npm run grade` at:
//   a class folder   one learner per subfolder of <exercise-id>.ts files or per .zip from "Download my answers"
//                    (the folder's or file's name is the learner's);
//   a learner folder <exercise-id>.ts files directly inside (as before there were classes);
//   a .zip           one learner's hand-in.
// In a class, whatever is wrong with one learner's hand-in (a broken zip, an unknown file, text that is not
// UTF-8) is noted for that learner, who is still graded on the rest; it never stops the class.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ANSWERS_ZIP_LIMITS, readAnswersZip } from '../../src/exercises/handin/answers-zip.ts';

export class UsageError extends Error {}

export interface Learner {
  name: string;
  source: string;
  /** Exercise id → code. */
  answers: Map<string, string>;
  problems: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const visible = (name: string) => !name.startsWith('.') && name !== '__MACOSX';

export function learnersAt(path: string, knownIds: readonly string[]): { kind: 'class' | 'learner'; learners: Learner[] } {
  if (!existsSync(path)) throw new UsageError(`No folder or .zip "${path}".`);
  const known = new Set(knownIds);
  if (statSync(path).isFile()) {
    if (extname(path) !== '.zip') throw new UsageError(`"${path}" is neither a folder nor a .zip of answers.`);
    return { kind: 'learner', learners: [fromZip(path, knownIds)] };
  }
  const names = readdirSync(path).filter(visible).sort();
  if (names.some((n) => n.endsWith('.ts'))) return { kind: 'learner', learners: [fromLearnerFolder(path, known, knownIds)] };

  const learners = new Map<string, Learner>();
  for (const name of names) {
    const full = join(path, name);
    const learner = statSync(full).isDirectory() ? fromFolder(full, known) : extname(name) === '.zip' ? fromZip(full, knownIds) : undefined;
    if (!learner) continue; // a teacher's own notes beside the hand-ins
    const other = learners.get(learner.name);
    if (other) other.problems.push(`two hand-ins, ${basename(other.source)} and ${name}: graded ${basename(other.source)} only`);
    else learners.set(learner.name, learner);
  }
  if (learners.size === 0) {
    throw new UsageError(
      `"${path}" has no answers: expected <exercise-id>.ts files, or one folder or .zip per learner (exercises: ${knownIds.join(', ')}).`,
    );
  }
  return { kind: 'class', learners: [...learners.values()] };
}

/** A single learner's folder, strict as it always was: an unknown or missing answer is the teacher's to fix. */
function fromLearnerFolder(folder: string, known: Set<string>, knownIds: readonly string[]): Learner {
  const learner = fromFolder(folder, known);
  const unknown = readdirSync(folder).filter((f) => f.endsWith('.ts') && !known.has(basename(f, '.ts')));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown exercise${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in "${folder}" (exercises: ${knownIds.join(', ')}).`);
  }
  return learner;
}

function fromFolder(folder: string, known: Set<string>): Learner {
  const learner: Learner = { name: basename(folder), source: folder, answers: new Map(), problems: [] };
  for (const file of readdirSync(folder).filter(visible).sort()) {
    const id = basename(file, '.ts');
    const full = join(folder, file);
    if (!file.endsWith('.ts') || !known.has(id) || !statSync(full).isFile()) {
      learner.problems.push(`unknown file ${file}`);
      continue;
    }
    const bytes = readFileSync(full);
    if (bytes.length > ANSWERS_ZIP_LIMITS.answerBytes) {
      learner.problems.push(`${file} is too large to be an answer (${bytes.length} bytes)`);
      continue;
    }
    try {
      learner.answers.set(id, utf8.decode(bytes));
    } catch {
      learner.problems.push(`${file} is not UTF-8 text`);
    }
  }
  if (learner.answers.size === 0 && learner.problems.length === 0) learner.problems.push('no answers');
  return learner;
}

function fromZip(file: string, knownIds: readonly string[]): Learner {
  const learner: Learner = { name: basename(file, '.zip'), source: file, answers: new Map(), problems: [] };
  const size = statSync(file).size;
  if (size > ANSWERS_ZIP_LIMITS.zipBytes) {
    learner.problems.push(`${basename(file)} is too large to be a hand-in (${size} bytes)`);
    return learner;
  }
  const contents = readAnswersZip(new Uint8Array(readFileSync(file)), { knownIds });
  learner.answers = contents.answers;
  learner.problems.push(...contents.problems.map((p) => p.message));
  if (learner.answers.size === 0 && learner.problems.length === 0) learner.problems.push('no answers');
  return learner;
}
