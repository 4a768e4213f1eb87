// The grading run's tests, one per learner × exercise answered, plus one per learner for the hand-in itself
// (what could not be graded). Verdicts travel as annotations of the test's result, so the gradebook reporter can
// rebuild the class's results from one run, or from the blob reports of many machines merged. (Annotations,
// not attachments: an attachment is a step of the test, whose call stack Playwright captures and source-maps.)
// A test fails only when grading itself failed (a page crashed, the site did not answer): a learner's failing
// answer is a verdict, not a failed test, so Playwright's retries retry the machinery and never the learner.
import { exerciseFiles } from '../exercises.ts';
import { answerGroups } from './answer-groups.ts';
import { readPlan } from './plan.ts';
import { test } from './warm-pages.ts';

const plan = readPlan();

for (const learner of plan.learners) {
  test(`${learner.name} › hand-in`, { annotation: [{ type: 'learner', description: learner.name }] }, async ({}, testInfo) => {
    testInfo.annotations.push({ type: 'hand-in', description: JSON.stringify({ ...learner, seed: plan.seed }) });
  });
}

// One warm page per group, and each lesson in as few groups as possible (see answer-groups.ts). The bench class
// (20 learners) has one group per lesson, so 7 page opens instead of the 10 of groups of at most 40: a median of
// 122 s over ten runs instead of 131 s over four (identical runs varied by ±12%).
const lessonOf = new Map(exerciseFiles.map((e) => [e.id, e.lesson]));
const groups = answerGroups(plan.answers, (answer) => lessonOf.get(answer.exercise)!, 80);

for (const group of groups) {
  test.describe(`${lessonOf.get(group[0].exercise)}: ${group[0].learner} › ${group[0].exercise} to ${group.at(-1)!.learner} › ${group.at(-1)!.exercise}`, () => {
    test.describe.configure({ mode: 'serial' });
    for (const answer of group) {
      const annotation = [
        { type: 'learner', description: answer.learner },
        { type: 'exercise', description: answer.exercise },
      ];
      test(`${answer.learner} › ${answer.exercise}`, { annotation }, async ({ warmPages }, testInfo) => {
        const graded = await warmPages.grade(answer.exercise, answer.code);
        testInfo.annotations.push({ type: 'verdict', description: JSON.stringify(graded) });
      });
    }
  });
}
