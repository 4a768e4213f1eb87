// The worker's half of checking: calls one check's observe on the learner's module (with a hidden case, for
// a case check) and reports plain data. Also used by the fast tests in Node, with the same result.
import { explainScope } from '../sandbox/learner-scope.ts';
import { isCaseCheck, type Check, type Observation, type ObservationReport } from './define.ts';

export function observeOne(checks: readonly Check<never>[], learner: unknown, index: number, input?: Observation): ObservationReport {
  const check = checks[index];
  try {
    const value = isCaseCheck(check) ? check.observe(learner as never, input as never) : check.observe(learner as never);
    return { index, value: plain(value) };
  } catch (error) {
    return { index, thrown: describeThrown(error) };
  }
}

/** What was thrown, in words: an Error's name and message; anything else (a crafted object) as just that. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return explainScope(`${error.name}: ${error.message}`);
  try {
    return `a non-error value (${JSON.stringify(error)?.slice(0, 200) ?? String(error)})`;
  } catch {
    return 'a non-error value';
  }
}

/** Observations go through postMessage: anything but plain data (a function, a class instance) is named instead. */
export function plain(value: unknown, depth = 0): Observation {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (depth > 8) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, depth + 1)]));
  }
  return `[${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}]`;
}
