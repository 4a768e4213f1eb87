import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { scopeOf } from '../exercises/scopes.ts';
import { backward } from './course-helpers.ts';
import { engineNames, explainScope, provideLearnerScope, quietSandboxFunctions } from './learner-scope.ts';

const global = globalThis as Record<string, unknown>;
afterAll(() => provideLearnerScope(quietSandboxFunctions));

test('a scope puts exactly its engine names in reach, and takes the others away', () => {
  provideLearnerScope(quietSandboxFunctions);
  expect(engineNames.every((name) => name in global)).toBe(true);
  provideLearnerScope(quietSandboxFunctions, ['Value']);
  expect(typeof global.Value).toBe('function');
  expect(global.MLP).toBeUndefined();
  expect(global.topologicalOrder).toBeUndefined();
  expect(typeof global.draw).toBe('function');
  provideLearnerScope(quietSandboxFunctions, []);
  expect(global.Value).toBeUndefined();
});

test('an unknown name in a scope is refused', () => {
  expect(() => provideLearnerScope(quietSandboxFunctions, ['Value', 'Nope'])).toThrow('Not engine exports or course helpers: Nope');
});

test("the course's backward() is in reach only where a scope names it: not in a lesson's sandbox, not in the exercise that asks for it", () => {
  provideLearnerScope(quietSandboxFunctions, ['backward']);
  expect(global.backward).toBe(backward);
  expect(global.Value).toBeUndefined();
  provideLearnerScope(quietSandboxFunctions);
  expect(global.backward).toBeUndefined();
  expect(typeof global.Value).toBe('function');
  provideLearnerScope(quietSandboxFunctions, ['backward']);
  provideLearnerScope(quietSandboxFunctions, scopeOf('backward-topo'));
  expect(global.backward).toBeUndefined();
  expect(explainScope('ReferenceError: backward is not defined')).toBe(
    "ReferenceError: backward is not defined: the course's backward() is given only to the exercises that use it, not here.",
  );
  for (const id of ['ops-add-mul', 'ops-pow-div-sub', 'ops-tanh-exp']) expect(scopeOf(id), id).toContain('backward');
});

test("no exercise from the Backward lesson on, where the learner writes backward(), has the course's", () => {
  const content = join(import.meta.dirname, '../../content');
  const order = (lesson: string) => Number(/^order: (\d+)$/m.exec(readFileSync(join(content, 'lessons', lesson, 'lesson.mdx'), 'utf8'))![1]);
  const exercises = readdirSync(join(content, 'exercises')).filter((id) => !id.includes('.'));
  const late = exercises.filter((id) => {
    const { lesson } = JSON.parse(readFileSync(join(content, 'exercises', id, 'meta.json'), 'utf8')) as { lesson: string };
    return order(lesson) >= order('backward');
  });
  expect(late).toContain('backward-topo');
  expect(late.filter((id) => scopeOf(id).includes('backward'))).toEqual([]);
});

test("'X is not defined' for an engine name out of scope says so; other errors are left alone", () => {
  provideLearnerScope(quietSandboxFunctions, ['Value']);
  expect(explainScope('ReferenceError: MLP is not defined')).toBe(
    "ReferenceError: MLP is not defined: this exercise leaves the engine's MLP out (from the engine, it has Value).",
  );
  expect(explainScope('foo is not defined')).toBe('foo is not defined');
  expect(explainScope('Value is not defined')).toBe('Value is not defined');
  provideLearnerScope(quietSandboxFunctions, []);
  expect(explainScope('Value is not defined')).toBe("Value is not defined: this exercise leaves the engine's Value out (from the engine, it has nothing).");
});
