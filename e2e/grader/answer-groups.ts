// How the grading run splits a class's answers into serial groups, each graded in order in one worker with one
// warm page (answers.grading.ts). Opening a lesson and starting its editors costs many answers' time, so each
// lesson is opened as few times as possible: a lesson's answers are one group, or, above `max`, equal groups of
// at most `max`. Serial groups retry as a whole, so `max` bounds what a failure costs, and a large class still
// leaves groups to share among workers and shards. Equal, not `max` and the rest: a group of a few answers would
// cost a whole page.

/** `answers` in their order, cut where the lesson changes and into equal parts of at most `max`. */
export function answerGroups<T>(answers: readonly T[], lessonOf: (answer: T) => string, max: number): T[][] {
  const byLesson: T[][] = [];
  for (const answer of answers) {
    const last = byLesson.at(-1);
    if (last && lessonOf(last[0]) === lessonOf(answer)) last.push(answer);
    else byLesson.push([answer]);
  }
  return byLesson.flatMap((lesson) => {
    const size = Math.ceil(lesson.length / Math.ceil(lesson.length / max));
    return Array.from({ length: Math.ceil(lesson.length / size) }, (_, g) => lesson.slice(g * size, (g + 1) * size));
  });
}
