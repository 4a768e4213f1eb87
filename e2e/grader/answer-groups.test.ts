import { describe, expect, it } from 'vitest';
import { answerGroups } from './answer-groups.ts';

const answers = (counts: Record<string, number>) => Object.entries(counts).flatMap(([lesson, n]) => Array.from({ length: n }, (_, i) => `${lesson}${i}`));
const lessonOf = (answer: string) => answer.replace(/\d+$/, '');
const sizes = (groups: string[][]) => groups.map((g) => `${lessonOf(g[0])}:${g.length}`);

describe('answerGroups', () => {
  it("keeps a lesson's answers in one group up to the limit, and never mixes lessons", () => {
    expect(sizes(answerGroups(answers({ value: 36, ops: 60, backward: 80 }), lessonOf, 80))).toEqual(['value:36', 'ops:60', 'backward:80']);
  });

  it('splits a larger lesson into equal groups, none over the limit, in order', () => {
    const groups = answerGroups(answers({ ops: 81, gpt: 250 }), lessonOf, 80);
    expect(sizes(groups)).toEqual(['ops:41', 'ops:40', 'gpt:63', 'gpt:63', 'gpt:63', 'gpt:61']);
    expect(groups.flat()).toEqual(answers({ ops: 81, gpt: 250 }));
  });

  it('starts a new group when a lesson comes back later in the list', () => {
    expect(sizes(answerGroups(['a1', 'b1', 'a2'], lessonOf, 80))).toEqual(['a:1', 'b:1', 'a:1']);
    expect(answerGroups([], lessonOf, 80)).toEqual([]);
  });
});
