// Runs an exercise's checks in order, on the page (or in Node for the fast tests): example checks once,
// case checks as fast-check properties over hidden cases generated from `seed`, each observation fetched
// from wherever the learner's code runs (`observe`) and judged here. A failing case is shrunk by fast-check
// to the smallest that still fails; that one is reported, as code.
import fc from 'fast-check';
import { isCaseCheck, type CaseCheck, type Check, type CheckResult, type CheckRun, type Observation, type ObservationReport } from './define.ts';
import { DEFAULT_TOLERANCE, notRun, verdict } from './judge.ts';

/** Asks the learner's side for one observation. Rejects with StopChecks when the run must end (time limit). */
export type Observer = (index: number, input?: Observation) => Promise<ObservationReport>;

/** Ends a run early: the time limit, or the worker died. The message says why, for the learner. */
export class StopChecks extends Error {}

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
  const outcome = verdict(await observe(index), check.expected, check.tolerance ?? DEFAULT_TOLERANCE, check.message);
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
  let lastFailure: { input: Observation; message: string } | undefined;
  let stopped: { error: StopChecks; input: Observation } | undefined;
  const property = fc.asyncProperty(check.cases, async (input: Observation) => {
    if (stopped) return true; // the run is over: let fast-check finish without asking the worker again
    let report: ObservationReport;
    try {
      report = await observe(index, input);
    } catch (error) {
      if (!(error instanceof StopChecks)) throw error;
      stopped = { error, input };
      return true;
    }
    let expected: Observation;
    try {
      expected = check.expected(input as never);
    } catch (error) {
      // A case the reference cannot compute is the check's fault, never the learner's.
      throw new Error(`check "${check.name}": the reference failed on ${JSON.stringify(input)}: ${String(error)}`);
    }
    const outcome = verdict(report, expected, tolerance, check.message && ((got, exp) => check.message!(got, exp, input as never)));
    if (outcome.pass) return true;
    lastFailure = { input, message: outcome.message };
    return false;
  });
  const details = await fc.check(property, { seed, numRuns: check.runs ?? DEFAULT_RUNS });
  if (stopped) {
    const code = asBlock(check.code(stopped.input as never));
    throw new StoppedOnCase(stopped.error.message, `Still running on this hidden case when the time ran out — is there a loop that never ends?`, code);
  }
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

/** A case's code in braces: pasted under the learner's own code, its names cannot clash with theirs. */
const asBlock = (code: string) => `{\n${code.replace(/^/gm, '  ')}\n}`;
