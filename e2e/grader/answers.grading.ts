// The grading run's tests, one per learner × exercise answered, plus one per learner for the hand-in itself
// (what could not be graded). Verdicts travel as attachments, so the gradebook reporter can rebuild the class's
// results from one run, or from the blob reports of many machines merged. A test fails only when grading
// itself failed (a page crashed, the site did not answer): a learner's failing answer is a verdict, not a
// failed test, so Playwright's retries retry the machinery and never the learner.
import { exerciseFiles } from '../exercises.ts';
import { readPlan } from './plan.ts';
import { test } from './warm-pages.ts';

const plan = readPlan();

for (const learner of plan.learners) {
  test(`${learner.name} › hand-in`, { annotation: [{ type: 'learner', description: learner.name }] }, async ({}, testInfo) => {
    await testInfo.attach('hand-in', { body: JSON.stringify({ ...learner, seed: plan.seed }), contentType: 'application/json' });
  });
}

// A lesson's answers in groups that run in order in one worker, so one warm page (with an editor per exercise)
// serves each group: opening a lesson and starting its editor costs many answers' time. Serial groups retry as
// a whole; a size limit keeps what a failure costs bounded, and leaves work to share among workers.
const GROUP = 40;
const lessonOf = new Map(exerciseFiles.map((e) => [e.id, e.lesson]));
const groups: Array<typeof plan.answers> = [];
for (const answer of plan.answers) {
  const last = groups.at(-1);
  if (last && last.length < GROUP && lessonOf.get(last[0].exercise) === lessonOf.get(answer.exercise)) last.push(answer);
  else groups.push([answer]);
}

for (const group of groups) {
  test.describe(`${lessonOf.get(group[0].exercise)}: ${group[0].learner} › ${group[0].exercise} to ${group.at(-1)!.learner} › ${group.at(-1)!.exercise}`, () => {
    test.describe.configure({ mode: 'serial' });
    for (const answer of group) {
      const annotation = [
        { type: 'learner', description: answer.learner },
        { type: 'exercise', description: answer.exercise },
      ];
      test(`${answer.learner} › ${answer.exercise}`, { annotation }, async ({ gradeAnswer }, testInfo) => {
        const graded = await gradeAnswer(answer.exercise, answer.code);
        await testInfo.attach('verdict', { body: JSON.stringify(graded), contentType: 'application/json' });
      });
    }
  });
}
