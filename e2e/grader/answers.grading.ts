// The grading run's tests, one per learner × exercise answered, plus one per learner for the hand-in itself
// (what could not be graded). Verdicts travel as attachments, so the gradebook reporter can rebuild the class's
// results from one run, or from the blob reports of many machines merged. A test fails only when grading
// itself failed (a page crashed, the site did not answer): a learner's failing answer is a verdict, not a
// failed test, so Playwright's retries retry the machinery and never the learner.
import { readPlan } from './plan.ts';
import { test } from './warm-pages.ts';

const plan = readPlan();

for (const learner of plan.learners) {
  test(`${learner.name} › hand-in`, { annotation: [{ type: 'learner', description: learner.name }] }, async ({}, testInfo) => {
    await testInfo.attach('hand-in', { body: JSON.stringify({ ...learner, seed: plan.seed }), contentType: 'application/json' });
  });
}

for (const answer of plan.answers) {
  const annotation = [
    { type: 'learner', description: answer.learner },
    { type: 'exercise', description: answer.exercise },
  ];
  test(`${answer.learner} › ${answer.exercise}`, { annotation }, async ({ gradeAnswer }, testInfo) => {
    const graded = await gradeAnswer(answer.exercise, answer.code);
    await testInfo.attach('verdict', { body: JSON.stringify(graded), contentType: 'application/json' });
  });
}
