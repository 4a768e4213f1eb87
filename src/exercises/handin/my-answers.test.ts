import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../lib/memory-storage.ts';
import { codeStore } from '../../sandbox/storage.ts';
import { applyLoad, planLoad, writtenAnswers, type HandInExercise } from './my-answers.ts';

const exercises: HandInExercise[] = [
  { id: 'value-remembers', title: 'A Value', lesson: 'A number that remembers', starter: '// start here\n' },
  { id: 'ops-add-mul', title: 'Multiply', lesson: 'The operations', starter: 'class Value {}\n' },
  { id: 'backward-topo', title: 'Topological order', lesson: 'The backward pass', starter: '// topo\n' },
];

function learner() {
  const storage = memoryStorage();
  const write = (id: string, code: string) => codeStore(`exercise:${id}`, () => storage).save(code);
  const code = (id: string) => codeStore(`exercise:${id}`, () => storage).load();
  return { source: () => storage, write, code };
}

describe('written answers', () => {
  test('are the code of the exercises written, in course order, not those still at their starter', () => {
    const { source, write } = learner();
    write('backward-topo', '// my topo\n');
    write('value-remembers', '// start here\n'); // saved, but the starter
    write('ops-add-mul', 'class Value { mul() {} }\n');
    expect([...writtenAnswers(exercises, source)]).toEqual([
      ['ops-add-mul', 'class Value { mul() {} }\n'],
      ['backward-topo', '// my topo\n'],
    ]);
  });
});

describe('loading answers', () => {
  const file = new Map([
    ['value-remembers', '// theirs\n'],
    ['ops-add-mul', 'class Value { mul() { return 1; } }\n'],
    ['backward-topo', '// topo\n'], // the starter
  ]);

  test('says which written code it would replace, what it would add, and what is already the same', () => {
    const { source, write } = learner();
    write('value-remembers', '// mine\n');
    expect(planLoad(file, exercises, source)).toEqual({ replace: ['value-remembers'], add: ['ops-add-mul'], same: ['backward-topo'] });
    write('ops-add-mul', 'class Value { mul() { return 1; } }\n');
    expect(planLoad(file, exercises, source)).toEqual({ replace: ['value-remembers'], add: [], same: ['ops-add-mul', 'backward-topo'] });
  });

  test('a starter in the file over written code is a replacement, and leaves the starter (nothing saved)', () => {
    const { source, write, code } = learner();
    write('backward-topo', '// my own topo\n');
    const plan = planLoad(file, exercises, source);
    expect(plan.replace).toEqual(['backward-topo']);
    applyLoad(file, plan, exercises, source);
    expect(code('backward-topo')).toBeUndefined();
    expect(code('value-remembers')).toBe('// theirs\n');
    expect(code('ops-add-mul')).toBe('class Value { mul() { return 1; } }\n');
  });

  test('touches only the exercises in the plan', () => {
    const { source, write, code } = learner();
    write('value-remembers', '// mine\n');
    applyLoad(file, { replace: [], add: ['ops-add-mul'], same: [] }, exercises, source);
    expect(code('value-remembers')).toBe('// mine\n');
    expect(code('ops-add-mul')).toBe('class Value { mul() { return 1; } }\n');
  });
});
