/**
 * How an exercise's checks are written (content/exercises/<id>/checks.ts) and what running them produces.
 *
 * A check is split in two on purpose. `observe` runs in the worker, beside the learner's code, and only
 * reports what the learner's code did (plain data). Everything that decides pass or fail — the expected
 * value, the comparison, the message — runs on the page, where the learner's code never runs, so code that
 * tampers with its own realm (Math, console, postMessage, thrown "passed" objects) cannot fake a pass.
 */

/** What observe may return: data that survives postMessage. */
export type Observation = number | string | boolean | null | Observation[] | { [key: string]: Observation };

export interface Check<Module = Record<string, unknown>> {
  /** A sentence a learner understands, e.g. "a.mul(b).data is the product". */
  name: string;
  /** Runs the learner's module and reports what it did. Runs in the worker, with the learner's code. */
  observe: (learner: Module) => Observation;
  /** What a correct solution reports: a literal, or computed with the course's engine on the page. */
  expected: Observation;
  /** Numbers may differ by this much, relative to their size (default 1e-9). */
  tolerance?: number;
  /**
   * The failure message, when the default "expected X, got Y" is not enough: a sentence that says what was
   * expected and what came back, and where possible what mistake gives that result.
   */
  message?: (got: Observation, expected: Observation) => string | undefined;
}

export type Status = 'pass' | 'fail' | 'error';

/** One check's result: exercism's shape (name, status, message), in the checks' order. */
export interface CheckResult {
  name: string;
  status: Status;
  message?: string;
}

/** A whole Check: `error` means the checks could not run at all (syntax error, time limit), with a message. */
export interface CheckRun {
  status: Status;
  message?: string;
  checks: CheckResult[];
}

/** What the worker reports for one check: its observation, or what observe threw. */
export type ObservationReport = { index: number; value: Observation } | { index: number; thrown: string };

/** Gives checks.ts files their types; the learner's module type comes from the exercise's solution. */
export function defineChecks<Module>(checks: Array<Check<Module>>): Array<Check<Module>> {
  return checks;
}
