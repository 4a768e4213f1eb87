import { afterAll, expect, test } from 'vitest';
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
  expect(() => provideLearnerScope(quietSandboxFunctions, ['Value', 'Nope'])).toThrow('Not engine exports: Nope');
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
