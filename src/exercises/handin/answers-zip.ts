/**
 * The hand-in file: a learner's answers as one .zip, written by the site ("Download my answers"), read back by
 * the site ("Load answers") and by the teacher's grader. Pure (bytes in, bytes out), for browsers and Node.
 *
 * The format, version 1 (README.md, "Handing in"):
 *   manifest.json        what the file is, see AnswersManifest
 *   <exercise-id>.ts     the learner's code for that exercise, UTF-8; one per exercise in the manifest
 * Nothing else: no folders, no other files. Entries are stored or deflated (plain zip, no zip64/encryption).
 *
 * Reading never throws: whatever is wrong with a file comes back as `problems`, each with a message a
 * learner or a teacher can act on. A file is fit to load only when `problems` is empty.
 */
import { strToU8, zipSync } from 'fflate';
import { entryBytes, zipEntries, ZipFormatError, type ZipEntry } from './zip-entries.ts';

export const ANSWERS_FORMAT = 'micrograd-course-answers';
export const ANSWERS_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** Sizes past which a file is refused unread: far above any real answer, far below what hurts a browser. */
export const ANSWERS_ZIP_LIMITS = {
  /** The .zip file itself. */
  zipBytes: 2 * 1024 * 1024,
  /** Entries in it. */
  entries: 100,
  /** One exercise's code, uncompressed. */
  answerBytes: 256 * 1024,
  manifestBytes: 64 * 1024,
  /** Everything in it, uncompressed. */
  totalBytes: 4 * 1024 * 1024,
} as const;

export type CheckResult = 'pass' | 'fail' | 'error';

/** The last time the learner pressed Check on an exercise (in their browser), and what it said. */
export interface LastCheck {
  result: CheckResult;
  /** ISO 8601 time. */
  at: string;
}

/** manifest.json. */
export interface AnswersManifest {
  format: typeof ANSWERS_FORMAT;
  formatVersion: typeof ANSWERS_FORMAT_VERSION;
  /** package.json's name and version of the site that wrote the file. */
  course: { name: string; version: string };
  /** ISO 8601 time of the download. */
  exportedAt: string;
  /** One entry per <id>.ts in the file, in course order; lastCheck is null if Check was never pressed. */
  exercises: Array<{ id: string; lastCheck: LastCheck | null }>;
}

/** What the writer is given: the manifest without the fields that say which format it is. */
export type AnswersManifestInput = Omit<AnswersManifest, 'format' | 'formatVersion'>;

export type AnswersZipProblemKind =
  | 'not-a-zip' // not a zip file, or one damaged beyond reading its directory
  | 'too-large' // the file, an entry, or all of them together past ANSWERS_ZIP_LIMITS
  | 'bad-name' // a folder, a path ("../x.ts", "dir/x.ts", "C:\x.ts"), or a name that is not UTF-8
  | 'duplicate' // two entries with the same name
  | 'unknown-file' // a file that is neither manifest.json nor <id>.ts
  | 'unknown-exercise' // <id>.ts for an id that is not one of the known exercises
  | 'damaged' // an entry whose data does not inflate or fails its CRC; or an unsupported compression
  | 'not-utf8' // an answer or the manifest that is not UTF-8 text
  | 'no-manifest'
  | 'bad-manifest'; // not JSON, not this format, or not matching the files

export interface AnswersZipProblem {
  kind: AnswersZipProblemKind;
  /** The entry it is about, if it is about one. */
  file?: string;
  /** One sentence, for a person. */
  message: string;
}

export interface AnswersZipContents {
  /** Exercise id → code, for every readable <id>.ts of a known exercise (even when there are problems). */
  answers: Map<string, string>;
  /** The manifest, if it was there and valid. */
  manifest?: AnswersManifest;
  problems: AnswersZipProblem[];
}

export interface ReadOptions {
  /** The exercises that exist (content/exercises/<id>/): any other <id>.ts is a problem. */
  knownIds: Iterable<string>;
}

export class AnswersZipError extends Error {}

const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const RESULTS: readonly string[] = ['pass', 'fail', 'error'] satisfies CheckResult[];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file name of an exercise's answer. */
export const answerFile = (id: string) => `${id}.ts`;

/**
 * The .zip for `answers` (exercise id → code). Throws AnswersZipError if the manifest does not list exactly
 * the answers' exercises, or the result would be one that readAnswersZip refuses (e.g. too large).
 */
export function writeAnswersZip({ answers, manifest }: { answers: ReadonlyMap<string, string>; manifest: AnswersManifestInput }): Uint8Array {
  const full: AnswersManifest = { format: ANSWERS_FORMAT, formatVersion: ANSWERS_FORMAT_VERSION, ...manifest };
  const problems = [...manifestProblems(full), ...matchProblems(full, [...answers.keys()])];
  const files: Record<string, Uint8Array> = { [MANIFEST_FILE]: strToU8(`${JSON.stringify(full, null, 2)}\n`) };
  let total = files[MANIFEST_FILE].length;
  for (const { id } of full.exercises) {
    const code = strToU8(answers.get(id) ?? '');
    if (code.length > ANSWERS_ZIP_LIMITS.answerBytes) problems.push(tooLarge(answerFile(id), code.length, ANSWERS_ZIP_LIMITS.answerBytes));
    files[answerFile(id)] = code;
    total += code.length;
  }
  if (total > ANSWERS_ZIP_LIMITS.totalBytes) problems.push(tooLarge(undefined, total, ANSWERS_ZIP_LIMITS.totalBytes));
  if (problems.length > 0) throw new AnswersZipError(problems.map((p) => p.message).join(' '));
  const mtime = new Date(full.exportedAt);
  const zip = zipSync(files, { level: 6, mtime });
  if (zip.length > ANSWERS_ZIP_LIMITS.zipBytes) throw new AnswersZipError(tooLarge(undefined, zip.length, ANSWERS_ZIP_LIMITS.zipBytes).message);
  return zip;
}

/** What is in a hand-in file, and everything wrong with it. Never throws. */
export function readAnswersZip(bytes: Uint8Array, { knownIds }: ReadOptions): AnswersZipContents {
  const known = new Set(knownIds);
  const answers = new Map<string, string>();
  const problems: AnswersZipProblem[] = [];
  const result = (manifest?: AnswersManifest): AnswersZipContents => ({ answers, manifest, problems });

  if (bytes.length > ANSWERS_ZIP_LIMITS.zipBytes) {
    problems.push(tooLarge(undefined, bytes.length, ANSWERS_ZIP_LIMITS.zipBytes));
    return result();
  }
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    problems.push({ kind: 'not-a-zip', message: `This is not a zip file, or it is damaged (${error.message}).` });
    return result();
  }
  if (entries.length > ANSWERS_ZIP_LIMITS.entries) {
    problems.push({ kind: 'too-large', message: `It holds ${entries.length} files; a hand-in holds at most ${ANSWERS_ZIP_LIMITS.entries}.` });
    return result();
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > ANSWERS_ZIP_LIMITS.totalBytes) {
    problems.push(tooLarge(undefined, total, ANSWERS_ZIP_LIMITS.totalBytes, 'Unpacked, it'));
    return result();
  }

  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const reported = new Set<string>();
  let manifestText: string | undefined;
  for (const entry of entries) {
    const name = entry.name;
    const count = counts.get(name)!;
    if (count > 1) {
      // Reported once; none of the copies is used, since which one is meant cannot be known.
      if (!reported.has(name)) problems.push({ kind: 'duplicate', file: name, message: `“${name}” is in the file ${count} times.` });
      reported.add(name);
      continue;
    }
    const nameProblem = badName(entry);
    if (nameProblem) {
      problems.push(nameProblem);
      continue;
    }
    const isManifest = name === MANIFEST_FILE;
    const id = name.endsWith('.ts') ? name.slice(0, -3) : undefined;
    if (!isManifest && id === undefined) {
      problems.push({ kind: 'unknown-file', file: name, message: `“${name}” does not belong in a hand-in: it holds only manifest.json and <exercise>.ts files.` });
      continue;
    }
    if (!isManifest && !known.has(id!)) {
      problems.push({ kind: 'unknown-exercise', file: name, message: `“${name}” is not an answer to any exercise of this course.` });
      continue;
    }
    const limit = isManifest ? ANSWERS_ZIP_LIMITS.manifestBytes : ANSWERS_ZIP_LIMITS.answerBytes;
    if (entry.size > limit) {
      problems.push(tooLarge(name, entry.size, limit));
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(entryBytes(entry));
    } catch (error) {
      if (error instanceof ZipFormatError) problems.push({ kind: 'damaged', file: name, message: `“${name}” ${error.message}.` });
      else problems.push({ kind: 'not-utf8', file: name, message: `“${name}” is not UTF-8 text.` });
      continue;
    }
    if (isManifest) manifestText = text;
    else answers.set(id!, text);
  }

  if (manifestText === undefined) {
    if (!counts.has(MANIFEST_FILE)) problems.push({ kind: 'no-manifest', message: 'It has no manifest.json, so it is not a hand-in file from this course.' });
    return result();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    problems.push({ kind: 'bad-manifest', file: MANIFEST_FILE, message: 'Its manifest.json is not valid JSON.' });
    return result();
  }
  const invalid = manifestProblems(parsed);
  if (invalid.length > 0) {
    problems.push(...invalid);
    return result();
  }
  const manifest = parsed as AnswersManifest;
  // Answers that were refused above already have a problem of their own; only the readable ones must match.
  const refused = new Set(problems.map((p) => p.file));
  problems.push(...matchProblems(manifest, [...answers.keys()], (id) => refused.has(answerFile(id))));
  return result(manifest);
}

function badName(entry: ZipEntry): AnswersZipProblem | undefined {
  const name = entry.name;
  if (!entry.nameIsUtf8) return { kind: 'bad-name', file: name, message: `A file name in it is not UTF-8 (“${name}”).` };
  if (/[/\\:]/.test(name) || name === '..' || name === '.' || /[\u0000-\u001f]/.test(name)) {
    return { kind: 'bad-name', file: name, message: `“${name}” is a folder or a path; a hand-in's files sit at the top of the zip, with plain names.` };
  }
  return undefined;
}

function tooLarge(file: string | undefined, size: number, limit: number, subject = file ? `“${file}”` : 'It'): AnswersZipProblem {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return { kind: 'too-large', file, message: `${subject} is ${kb(size)}; the most a hand-in allows is ${kb(limit)}.` };
}

/** Everything wrong with a would-be manifest's shape (not yet whether it matches the files). */
function manifestProblems(value: unknown): AnswersZipProblem[] {
  const problem = (what: string): AnswersZipProblem[] => [{ kind: 'bad-manifest', file: MANIFEST_FILE, message: `Its manifest.json ${what}.` }];
  if (!isRecord(value)) return problem('is not a JSON object');
  if (value.format !== ANSWERS_FORMAT) return problem(`does not say "format": "${ANSWERS_FORMAT}"`);
  if (value.formatVersion !== ANSWERS_FORMAT_VERSION) {
    return problem(
      typeof value.formatVersion === 'number' && value.formatVersion > ANSWERS_FORMAT_VERSION
        ? `is format version ${value.formatVersion}, from a newer version of the course than this one (it reads version ${ANSWERS_FORMAT_VERSION})`
        : `has no valid "formatVersion" (expected ${ANSWERS_FORMAT_VERSION})`,
    );
  }
  const course = value.course;
  if (!isRecord(course) || typeof course.name !== 'string' || typeof course.version !== 'string') return problem('has no "course" with a "name" and a "version"');
  if (!isTime(value.exportedAt)) return problem('has no valid "exportedAt" time');
  if (!Array.isArray(value.exercises)) return problem('has no "exercises" list');
  const seen = new Set<string>();
  for (const [i, item] of value.exercises.entries()) {
    if (!isRecord(item) || typeof item.id !== 'string' || !EXERCISE_ID.test(item.id)) return problem(`has an exercise without a valid "id" (entry ${i + 1})`);
    if (seen.has(item.id)) return problem(`lists “${item.id}” twice`);
    seen.add(item.id);
    const last = item.lastCheck;
    if (last !== null && (!isRecord(last) || !RESULTS.includes(last.result as string) || !isTime(last.at))) {
      return problem(`has an invalid "lastCheck" for “${item.id}” (expected null or a "result" of pass, fail or error and an "at" time)`);
    }
  }
  return [];
}

/** The manifest must list exactly the answers in the file (leaving out those `excused`). */
function matchProblems(manifest: AnswersManifest, answerIds: readonly string[], excused: (id: string) => boolean = () => false): AnswersZipProblem[] {
  const listed = new Set(manifest.exercises.map((e) => e.id));
  const present = new Set(answerIds);
  const problems: AnswersZipProblem[] = [];
  for (const id of listed) {
    if (!present.has(id) && !excused(id)) problems.push({ kind: 'bad-manifest', file: MANIFEST_FILE, message: `Its manifest.json lists “${id}”, but ${answerFile(id)} is not in the file.` });
  }
  for (const id of present) {
    if (!listed.has(id)) problems.push({ kind: 'bad-manifest', file: answerFile(id), message: `“${answerFile(id)}” is in the file but not in its manifest.json.` });
  }
  return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string => typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
