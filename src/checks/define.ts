/**
 * How an exercise's checks are written (content/exercises/<id>/checks.ts) and what running them produces.
 *
 * A check is split in two on purpose. `observe` runs in the worker, beside the learner's code, and only
 * reports what the learner's code did (plain data). Everything that decides pass or fail — the cases, the
 * expected value, the comparison, the message — runs on the page, where the learner's code never runs, so
 * code that tampers with its own realm (Math, console, postMessage, thrown "passed" objects) cannot fake a
 * pass.
 *
 * There are two kinds. An example check is one named case, the lesson's own numbers: it teaches. A case
 * check is a property tried on many cases the learner never sees, generated on the page from a seed
 * (fast-check), each compared with what the course's engine or reference computes for it: it is what makes
 * a verdict hold for answers nobody thought of. A failing case is shrunk to the smallest one that still
 * fails and shown as code the learner can paste and run.
 */
import type { Arbitrary } from 'fast-check';

/** What observe may return: data that survives postMessage. */
export type Observation = number | string | boolean | null | Observation[] | { [key: string]: Observation };

interface CheckCommon {
  /** A sentence a learner understands, e.g. "a.mul(b).data is the product". */
  name: string;
  /** Numbers may differ by this much, relative to their size (absolute below 1; default 1e-9). */
  tolerance?: number;
}

/** One named case, usually the lesson's own numbers. */
export interface ExampleCheck<Module = Record<string, unknown>> extends CheckCommon {
  /** Absent: what tells an example check from a case check (and lets TypeScript type either in a list). */
  cases?: undefined;
  /** Runs the learner's module and reports what it did. Runs in the worker, with the learner's code. */
  observe: (learner: Module) => Observation;
  /** What a correct solution reports: a literal, or computed with the course's engine on the page. */
  expected: Observation;
  /**
   * The failure message, when the default "expected X, got Y" is not enough: a sentence that says what was
   * expected and what came back, and where the observation shows it, what mistake gives that result.
   */
  message?: (got: Observation, expected: Observation) => string | undefined;
}

/** A property over hidden cases: generated and judged on the page, observed in the worker. */
export interface CaseCheck<Module = Record<string, unknown>, Case extends Observation = Observation> extends CheckCommon {
  /** The cases, as plain data (they travel to the worker). Small and edge cases should come easily. */
  cases: Arbitrary<Case>;
  /** How many cases to try before passing (default 100). */
  runs?: number;
  /** Runs the learner's module on one case. Runs in the worker. */
  observe: (learner: Module, input: Case) => Observation;
  /** What a correct solution reports for the case, computed on the page (with the engine or a reference). */
  expected: (input: Case) => Observation;
  /** The case as TypeScript the learner can paste under their code and run. */
  code: (input: Case) => string;
  /** What went wrong on this case, in a sentence; the default is "expected X, got Y". */
  message?: (got: Observation, expected: Observation, input: Case) => string | undefined;
}

// A case check of any case type: the case type matters only inside its own definition (hiddenCases).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Check<Module = Record<string, unknown>> = ExampleCheck<Module> | CaseCheck<Module, any>;

export const isCaseCheck = (check: Check<never>): check is CaseCheck<never, any> => check.cases !== undefined;

export type Status = 'pass' | 'fail' | 'error';

/** One check's result: exercism's shape (name, status, message), in the checks' order. */
export interface CheckResult {
  name: string;
  status: Status;
  message?: string;
  /** For a failed case check: the smallest failing case, as code to paste and run. */
  code?: string;
}

/** A whole Check: `error` means the checks could not run at all (syntax error, time limit), with a message. */
export interface CheckRun {
  status: Status;
  message?: string;
  checks: CheckResult[];
  /** The seed the hidden cases were generated from: the same seed gives the same cases. */
  seed?: number;
}

/** What the worker reports for one observation: its value, or what observe threw. */
export type ObservationReport = { index: number; value: Observation } | { index: number; thrown: string };

/** Gives checks.ts files their types; the learner's module type comes from the exercise's solution. */
export function defineChecks<Module>(checks: Array<ExampleCheck<Module> | CaseCheck<Module, any>>): Array<Check<Module>> {
  return checks as Array<Check<Module>>;
}

/**
 * Writes case checks for one learner module type, with each check's case type inferred from its `cases`:
 * `const hidden = hiddenCases<typeof Solution>(); … hidden({ name, cases, observe, expected, code })`.
 */
export function hiddenCases<Module>() {
  return <Case extends Observation>(check: CaseCheck<Module, Case>): CaseCheck<Module, Case> => check;
}
