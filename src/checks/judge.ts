// The page's half of checking: compares what the learner's code did with what was expected, and words the
// result. Never runs in the realm of the learner's code.
import type { Check, CheckResult, CheckRun, Observation, ObservationReport } from './define.ts';

export const DEFAULT_TOLERANCE = 1e-9;

/** One observation judged against what was expected. `wording` words a failure; undefined means the default. */
export function verdict(
  report: ObservationReport,
  expected: Observation,
  tolerance: number,
  wording: ((got: Observation, expected: Observation) => string | undefined) | undefined,
): { pass: true } | { pass: false; message: string } {
  if ('thrown' in report) return { pass: false, message: `Your code threw ${report.thrown}` };
  if (same(report.value, expected, tolerance)) return { pass: true };
  const exact = tolerance === 0;
  return { pass: false, message: wording?.(report.value, expected) ?? `Expected ${show(expected, exact)}, got ${show(report.value, exact)}.` };
}

/** A run that could not check anything: every check is reported, each as not run, with the reason on top. */
export function errorRun(checks: readonly Check<never>[], message: string): CheckRun {
  return { status: 'error', message, checks: checks.map((c) => notRun(c.name)) };
}

const TIMED_OUT_START = 'Stopped: the checks were still running after';
/** The verdict when the checks ran out of time; the grader knows it by isTimedOut (and checks such an answer again). */
export const timedOutMessage = (seconds: number) => `${TIMED_OUT_START} ${seconds} s. Is there a loop that never ends?`;
export const isTimedOut = (message: string | undefined) => message?.startsWith(TIMED_OUT_START) ?? false;

export const notRun = (name: string): CheckResult => ({ name, status: 'error', message: 'Not checked.' });

/** Deep equality where numbers may differ by `tolerance` (relative, and absolute near zero). */
export function same(got: unknown, expected: unknown, tolerance: number): boolean {
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return false;
    if (Number.isNaN(expected)) return Number.isNaN(got);
    if (!Number.isFinite(expected)) return got === expected;
    return Math.abs(got - expected) <= tolerance * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(got) && got.length === expected.length && expected.every((e, i) => same(got[i], e, tolerance));
  }
  if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(got).length && keys.every((k) => same((got as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], tolerance));
  }
  return Object.is(got, expected);
}

/**
 * A value as a learner reads it in a message: numbers to 12 significant digits, or with every digit
 * (`exact`) where a check compares exactly, so that "expected" and "got" never read the same.
 */
export function show(x: Observation | undefined, exact = false): string {
  if (x === undefined) return 'nothing';
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'number') return Number.isInteger(x) || !Number.isFinite(x) || exact ? String(x) : String(Number(x.toPrecision(12)));
  if (Array.isArray(x)) return `[${x.map((v) => show(v, exact)).join(', ')}]`;
  if (x !== null && typeof x === 'object') return `{ ${Object.entries(x).map(([k, v]) => `${k}: ${show(v, exact)}`).join(', ')} }`;
  return String(x);
}

/**
 * Two numbers that should agree, shown so that they differ on the page: 12 significant digits, or every
 * digit when 12 would print them the same.
 */
export function showPair(got: number, expected: number): [string, string] {
  const [g, e] = [show(got), show(expected)];
  return g === e && got !== expected ? [String(got), String(expected)] : [g, e];
}
