// What a grading run grades, written by `npm run grade` and read by the grading tests (answers.grading.ts)
// in every Playwright worker, and on every machine of a sharded run: the same class and the same seed give
// the same plan, so the same list of tests in the same order.
import { readFileSync, writeFileSync } from 'node:fs';

export interface PlannedAnswer {
  learner: string;
  exercise: string;
  code: string;
}

export interface PlannedLearner {
  name: string;
  /** Where the answers came from: a folder or a .zip. */
  source: string;
  /** What could not be graded, said for the teacher: "broken zip: …", "unknown file notes.txt". */
  problems: string[];
  /** The exercises answered, in the plan's order. */
  answered: string[];
}

export interface GradingPlan {
  seed: number;
  learners: PlannedLearner[];
  /** Exercise by exercise (a warm page per exercise serves one answer after another), learners in order. */
  answers: PlannedAnswer[];
}

export const PLAN_ENV = 'MICROGRAD_GRADING_PLAN';

export function writePlan(file: string, plan: GradingPlan): void {
  writeFileSync(file, JSON.stringify(plan));
}

export function readPlan(file = process.env[PLAN_ENV]): GradingPlan {
  if (!file) throw new Error(`No grading plan: run the grading tests through \`npm run grade\` (it sets ${PLAN_ENV}).`);
  return JSON.parse(readFileSync(file, 'utf8')) as GradingPlan;
}
