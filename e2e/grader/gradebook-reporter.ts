// A Playwright reporter that turns the grading tests' results into the class's gradebook: gradebook.csv,
// grade-report.json, junit.xml and a table. It reads only the tests' annotations (who and which exercise, and
// the verdicts and hand-ins their results added), so it gives the same gradebook for one run or for the blob
// reports of several machines merged with `playwright merge-reports`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { exercisesInCourseOrder } from './course-order.ts';
import type { PlannedLearner } from './plan.ts';
import { gradebook, junit, table, type GradedExercise, type GradeReport, type LearnerReport } from './report.ts';

export const OUT_ENV = 'MICROGRAD_GRADING_OUT';
export const KIND_ENV = 'MICROGRAD_GRADING_KIND';

/** What a test's run added to its result as an annotation of `type` (JSON), if that run got so far. */
const added = <T>(result: TestResult | undefined, type: string): T | undefined => {
  const found = result?.annotations.find((a) => a.type === type && a.description);
  return found ? (JSON.parse(found.description!) as T) : undefined;
};
const annotation = (test: TestCase, type: string) => test.annotations.find((a) => a.type === type)?.description;

export default class GradebookReporter implements Reporter {
  private root?: Suite;
  private done = 0;
  private total = 0;
  private nextProgress = 0.1;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
    this.total = suite.allTests().filter((t) => annotation(t, 'exercise')).length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!annotation(test, 'exercise') || (result.status !== 'passed' && result.retry < test.retries)) return;
    this.done++;
    if (this.total >= 20 && this.done / this.total >= this.nextProgress) {
      console.log(`grade: ${this.done} of ${this.total} answers checked`);
      this.nextProgress += 0.1;
    }
  }

  onEnd(_result: FullResult): void {
    const out = resolve(process.env[OUT_ENV] ?? 'grades');
    const report = this.report();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'gradebook.csv'), gradebook(report));
    writeFileSync(join(out, 'grade-report.json'), JSON.stringify(report, null, 2));
    writeFileSync(join(out, 'junit.xml'), junit(report));
    const kind = process.env[KIND_ENV] === 'learner' ? 'learner' : 'class';
    console.log(`\n${table(report, kind)}`);
    const rate = report.seconds > 0 ? report.answers / report.seconds : 0;
    console.log(`${report.answers} answers in ${report.seconds.toFixed(1)} s: ${rate.toFixed(2)} answers a second.`);
    console.log(`Gradebook: ${join(out, 'gradebook.csv')} (and grade-report.json, junit.xml beside it)`);
  }

  private report(): GradeReport {
    const tests = this.root?.allTests() ?? [];
    const learners = new Map<string, LearnerReport>();
    const learner = (name: string) => {
      let l = learners.get(name);
      if (!l) learners.set(name, (l = { learner: name, source: '', problems: [], passed: 0, graded: [] }));
      return l;
    };
    let seed = 0;
    let first = Infinity;
    let last = 0;
    for (const test of tests) {
      const result = test.results.at(-1);
      const name = annotation(test, 'learner');
      if (!name) continue;
      const exercise = annotation(test, 'exercise');
      if (!exercise) {
        const handIn = added<PlannedLearner & { seed: number }>(result, 'hand-in');
        const l = learner(name);
        if (handIn) {
          l.source = handIn.source;
          l.problems.push(...handIn.problems);
          seed = handIn.seed;
        }
        continue;
      }
      if (result) {
        first = Math.min(first, result.startTime.getTime());
        last = Math.max(last, result.startTime.getTime() + result.duration);
      }
      const graded =
        added<GradedExercise>(result, 'verdict') ??
        ({
          id: exercise,
          status: 'error',
          passed: 0,
          total: 0,
          message: `Grading failed${result?.retry ? ` ${result.retry + 1} times` : ''}: ${firstLine(result?.error?.message) ?? result?.status ?? 'not run'}`,
          checks: [],
          seconds: (result?.duration ?? 0) / 1000,
        } satisfies GradedExercise);
      learner(name).graded.push(graded);
    }
    const exercises = exercisesInCourseOrder();
    const rank = new Map(exercises.map((id, i) => [id, i]));
    const list = [...learners.values()].sort((a, b) => (a.learner < b.learner ? -1 : a.learner > b.learner ? 1 : 0));
    for (const l of list) {
      l.graded.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      l.passed = l.graded.filter((g) => g.status === 'pass').length;
    }
    const answers = list.reduce((n, l) => n + l.graded.length, 0);
    return {
      passed: list.every((l) => l.problems.length === 0 && l.graded.length > 0 && l.passed === l.graded.length),
      seed,
      exercises,
      learners: list,
      answers,
      seconds: answers > 0 ? (last - first) / 1000 : 0,
    };
  }

  printsToStdio(): boolean {
    return true;
  }
}

function firstLine(text: string | undefined): string | undefined {
  // Playwright's messages carry ANSI colours and call logs; the gradebook wants one plain line.
  return text?.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0];
}
