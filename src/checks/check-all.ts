// Runs an exercise's checks in order, on the page (or in Node for the fast tests): example checks once,
// case checks as fast-check properties over hidden cases generated from `seed`, each observation fetched
// from wherever the learner's code runs (`observe`) and judged here. A failing case is shrunk by fast-check
// to the smallest that still fails; that one is reported, as code.
import fc from 'fast-check';
import { isCaseCheck, type CaseCheck, type Check, type CheckResult, type CheckRun, type Observation, type ObservationReport } from './define.ts';
import { DEFAULT_TOLERANCE, notRun, verdict } from './judge.ts';

/**
 * Where observations come from: the learner's code, in a worker on the page or directly in Node. Each rejects
 * with StopChecks when the run must end (the time limit, a crashed worker).
 */
export interface Observer {
  /** One observation: an example check's, or one case of a case check. */
  one(index: number, input?: Observation): Promise<ObservationReport>;
  /**
   * The cases of a case check, in order, at once: one message to the worker and its answers streamed back,
   * instead of a round trip per case. `keepGoing` sees each report as it comes, until it says no (the case
   * failed); the answer is the reports up to that one. The rest are still observed, and not judged: the
   * learner's module has then run the same cases whatever failed, so the checks after this one see it in the
   * same state, in the same worker (a fresh worker per failed check cost a grader more than the cases). A stop
   * says in `observed` how many cases had been observed before it.
   */
  many(index: number, inputs: Observation[], keepGoing: (report: ObservationReport, position: number) => boolean): Promise<ObservationReport[]>;
}

/** Ends a run early: the time limit, or the worker died. The message says why, for the learner. */
export class StopChecks extends Error {
  /** Set when the stop came in the middle of `many`: how many of its cases had been observed. */
  observed?: number;
}

/** An Observer from a one-at-a-time observation function (the fast tests in Node take observations directly). */
export function observerOf(one: Observer['one']): Observer {
  return {
    one,
    async many(index, inputs, keepGoing) {
      const reports: ObservationReport[] = [];
      // Reports judged and passed, from the first: the answer is these and the failure after them, if any.
      let judged = 0;
      for (const input of inputs) {
        try {
          reports.push(await one(index, input));
        } catch (error) {
          if (error instanceof StopChecks) error.observed = reports.length;
          throw error;
        }
        if (judged === reports.length - 1 && keepGoing(reports[judged], judged)) judged++;
      }
      return reports.slice(0, judged + 1);
    },
  };
}

const DEFAULT_RUNS = 100;

export async function checkAll(checks: readonly Check<never>[], observe: Observer, seed: number): Promise<CheckRun> {
  const results: CheckResult[] = [];
  for (let index = 0; index < checks.length; index++) {
    const check = checks[index];
    try {
      results.push(isCaseCheck(check) ? await caseResult(check, index, observe, seed) : await exampleResult(check, index, observe));
    } catch (error) {
      if (!(error instanceof StopChecks)) throw error;
      const stuck = error instanceof StoppedOnCase ? { message: error.message, code: error.code } : { message: error.message };
      results.push({ name: check.name, status: 'error', ...stuck });
      for (const rest of checks.slice(index + 1)) results.push(notRun(rest.name));
      return { status: 'error', message: error instanceof StoppedOnCase ? error.runMessage : error.message, checks: results, seed };
    }
  }
  return { status: results.every((r) => r.status === 'pass') ? 'pass' : 'fail', checks: results, seed };
}

async function exampleResult(check: Exclude<Check<never>, CaseCheck<never, any>>, index: number, observe: Observer): Promise<CheckResult> {
  const outcome = verdict(await observe.one(index), check.expected, check.tolerance ?? DEFAULT_TOLERANCE, check.message);
  return outcome.pass ? { name: check.name, status: 'pass' } : { name: check.name, status: 'fail', message: outcome.message };
}

/** Stopped in the middle of a case check: the run's reason, and the case it was stuck on. */
class StoppedOnCase extends StopChecks {
  readonly runMessage: string;
  readonly code: string;
  constructor(runMessage: string, message: string, code: string) {
    super(message);
    this.runMessage = runMessage;
    this.code = code;
  }
}

async function caseResult(check: CaseCheck<never, any>, index: number, observe: Observer, seed: number): Promise<CheckResult> {
  const tolerance = check.tolerance ?? DEFAULT_TOLERANCE;
  const numRuns = check.runs ?? DEFAULT_RUNS;
  const judge = (report: ObservationReport, input: Observation) => {
    let expected: Observation;
    try {
      expected = check.expected(input as never);
    } catch (error) {
      // A case the reference cannot compute is the check's fault, never the learner's.
      throw new Error(`check "${check.name}": the reference failed on ${JSON.stringify(input)}: ${String(error)}`);
    }
    return verdict(report, expected, tolerance, check.message && ((got, exp) => check.message!(got, exp, input as never)));
  };
  const stuck = (error: StopChecks, input: Observation) =>
    new StoppedOnCase(error.message, `Still running on this hidden case when the time ran out — is there a loop that never ends?`, asBlock(check.code(input as never)));

  // The cases fast-check will try, in its order (they depend on the seed alone): a first run of the property
  // that only records them. They are observed all at once, judged as they come, up to the first failure; the
  // real run below then finds each observation ready, and asks one at a time only for the cases it tries
  // while shrinking that failure.
  const inputs: Observation[] = [];
  await fc.check(fc.asyncProperty(check.cases, async (input: Observation) => (inputs.push(input), true)), { seed, numRuns });
  // Each case's verdict, kept: the run below meets the same cases again, and a case's expected answer can
  // cost as much as the learner's (a reference network, a training run).
  const keys = inputs.map(caseKey);
  const verdicts = new Map<string, ReturnType<typeof judge>>();
  let passedInARow = 0; // cases judged and passed, from the first: the batch stops judging at a failure
  let reports: ObservationReport[];
  try {
    reports = await observe.many(index, inputs, (report, i) => {
      const outcome = judge(report, inputs[i]);
      verdicts.set(keys[i], outcome);
      if (outcome.pass && passedInARow === i) passedInARow++;
      return outcome.pass;
    });
  } catch (error) {
    if (!(error instanceof StopChecks)) throw error;
    throw stuck(error, inputs[Math.min(error.observed ?? 0, inputs.length - 1)]);
  }
  // Every case passed: the real run would try these same cases, in this order, and pass them all.
  if (passedInARow === inputs.length) return { name: check.name, status: 'pass' };
  const observed = new Map<string, ObservationReport>();
  reports.forEach((report, i) => observed.set(keys[i], report));

  let lastFailure: { input: Observation; message: string } | undefined;
  let stopped: { error: StopChecks; input: Observation } | undefined;
  const property = fc.asyncProperty(check.cases, async (input: Observation) => {
    if (stopped) return true; // the run is over: let fast-check finish without asking the worker again
    const key = caseKey(input);
    let report = observed.get(key);
    if (!report) {
      try {
        report = await observe.one(index, input);
      } catch (error) {
        if (!(error instanceof StopChecks)) throw error;
        stopped = { error, input };
        return true;
      }
    }
    const outcome = verdicts.get(key) ?? judge(report, input);
    if (outcome.pass) return true;
    lastFailure = { input, message: outcome.message };
    return false;
  });
  const details = await fc.check(property, { seed, numRuns });
  if (stopped) throw stuck(stopped.error, stopped.input);
  if (details.errorInstance && !lastFailure) throw details.errorInstance;
  if (!details.failed || !lastFailure) return { name: check.name, status: 'pass' };
  // fast-check's last failing run is the shrunk counterexample.
  return {
    name: check.name,
    status: 'fail',
    message: `On a hidden case (seed ${seed}): ${lastFailure.message}`,
    code: asBlock(check.code(lastFailure.input as never)),
  };
}

/**
 * A case as a key: JSON, but with -0, NaN and the infinities kept apart (JSON would make them 0 and null),
 * so that a case never finds another case's observation.
 */
function caseKey(input: Observation): string {
  return JSON.stringify(input, (_, value: unknown) =>
    typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)) ? `number:${Object.is(value, -0) ? '-0' : value}` : typeof value === 'string' ? `string:${value}` : value,
  );
}

/** A case's code in braces: pasted under the learner's own code, its names cannot clash with theirs. */
const asBlock = (code: string) => `{\n${code.replace(/^/gm, '  ')}\n}`;
