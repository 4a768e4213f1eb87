// The page's half of checking: compares what the learner's code did with what was expected, and words the
// result. Never runs in the realm of the learner's code.
import type { Check, CheckResult, CheckRun, Observation, ObservationReport } from './define.ts';

const DEFAULT_TOLERANCE = 1e-9;

/** Results in the checks' order; a check with no report (the run stopped first) failed. */
export function judge(checks: readonly Check<never>[], reports: readonly ObservationReport[]): CheckRun {
  const byIndex = new Map(reports.map((r) => [r.index, r]));
  const results: CheckResult[] = checks.map((check, index) => {
    const report = byIndex.get(index);
    if (!report) return { name: check.name, status: 'fail', message: 'Not checked: the code stopped before this check ran.' };
    if ('thrown' in report) return { name: check.name, status: 'fail', message: `Your code threw ${report.thrown}` };
    if (same(report.value, check.expected, check.tolerance ?? DEFAULT_TOLERANCE)) return { name: check.name, status: 'pass' };
    const message = check.message?.(report.value, check.expected) ?? `Expected ${show(check.expected)}, got ${show(report.value)}.`;
    return { name: check.name, status: 'fail', message };
  });
  return { status: results.every((r) => r.status === 'pass') ? 'pass' : 'fail', checks: results };
}

/** A run that could not check anything: every check is reported, each as not run, with the reason on top. */
export function errorRun(checks: readonly Check<never>[], message: string): CheckRun {
  return { status: 'error', message, checks: checks.map((c) => ({ name: c.name, status: 'error', message: 'Not checked.' })) };
}

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

/** A value as a learner reads it in a message. */
export function show(x: Observation | undefined): string {
  if (x === undefined) return 'nothing';
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'number') return Number.isInteger(x) || !Number.isFinite(x) ? String(x) : String(Number(x.toPrecision(12)));
  if (Array.isArray(x)) return `[${x.map(show).join(', ')}]`;
  if (x !== null && typeof x === 'object') return `{ ${Object.entries(x).map(([k, v]) => `${k}: ${show(v)}`).join(', ')} }`;
  return String(x);
}
