import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../lib/memory-storage.ts';
import { codeStore } from '../../sandbox/storage.ts';
import { progressStore } from '../progress.ts';
import { readAnswersZip } from './answers-zip.ts';
import { handInFile } from './hand-in-file.ts';
import type { HandInExercise } from './my-answers.ts';

const exercises: HandInExercise[] = [
  { id: 'value-remembers', title: 'A Value', lesson: 'A number that remembers', starter: '// start here\n' },
  { id: 'ops-add-mul', title: 'Multiply', lesson: 'The operations', starter: 'class Value {}\n' },
  { id: 'backward-topo', title: 'Topological order', lesson: 'The backward pass', starter: '// topo\n' },
];
const course = { name: 'micrograd-course', version: '0.1.0' };
const knownIds = exercises.map((e) => e.id);

function learner() {
  const storage = memoryStorage();
  const write = (id: string, code: string) => codeStore(`exercise:${id}`, () => storage).save(code);
  return { source: () => storage, write };
}

describe('the download', () => {
  test("is named for the learner's day and carries each exercise's last Check", () => {
    const { source, write } = learner();
    write('ops-add-mul', 'class Value { mul() {} }\n');
    write('backward-topo', '// my topo\n');
    progressStore(source).recordCheck('ops-add-mul', 'fail', new Date('2026-03-04T09:00:00Z'));
    progressStore(source).recordCheck('value-remembers', 'pass', new Date('2026-03-04T08:00:00Z'));
    const now = new Date(2026, 2, 4, 23, 59); // local time: the name follows the learner's calendar
    const file = handInFile(exercises, course, now, source)!;
    expect(file.name).toBe('micrograd-answers-2026-03-04.zip');
    expect(file.ids).toEqual(['ops-add-mul', 'backward-topo']);
    const back = readAnswersZip(file.bytes, { knownIds });
    expect(back.problems).toEqual([]);
    expect(back.manifest).toEqual({
      format: 'micrograd-course-answers',
      formatVersion: 1,
      course,
      exportedAt: now.toISOString(),
      exercises: [
        { id: 'ops-add-mul', lastCheck: { result: 'fail', at: '2026-03-04T09:00:00.000Z' } },
        { id: 'backward-topo', lastCheck: null },
      ],
    });
  });

  test('is nothing at all while nothing is written', () => {
    const { source } = learner();
    progressStore(source).recordCheck('ops-add-mul', 'fail');
    expect(handInFile(exercises, course, new Date(), source)).toBeUndefined();
  });
});

