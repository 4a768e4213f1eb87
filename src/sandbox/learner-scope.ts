// What the learner's code finds in scope, in the run worker and the check worker alike: the engine's
// exports (Value, MLP, torch, …) — all of them in a lesson's sandbox, only an exercise's own scope in an
// exercise — the course helpers that exercise's scope names (./course-helpers.ts), and draw(), plot() and
// plotBoundary(). The editor's types are generated from the same lists (engine/index.ts, course-helpers.ts).
import * as engine from '../../engine/index.ts';
import { courseHelperNames, courseHelpers, type CourseHelperName } from './course-helpers.ts';
import type { BoundaryOptions } from './worker/charts.ts';

export interface SandboxFunctions {
  draw: (root: engine.Value, options?: engine.DrawOptions) => void;
  plot: (title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }) => void;
  plotBoundary: (title: string, options: BoundaryOptions) => void;
}

export type EngineName = keyof typeof engine;
export const engineNames = Object.keys(engine) as EngineName[];

/** Every name an exercise's scope may list: the engine's exports, then the course helpers. */
export type ScopeName = EngineName | CourseHelperName;
export const scopeNames: readonly ScopeName[] = [...engineNames, ...courseHelperNames];

const isEngineName = (name: string): name is EngineName => name in engine;
const isCourseHelperName = (name: string): name is CourseHelperName => Object.hasOwn(courseHelpers, name);

/**
 * Puts the sandbox functions and the names in `scope` on globalThis (every engine name and no course helper
 * when absent, as in a lesson's sandbox), and takes every other engine name and course helper away (the fast
 * tests grade exercise after exercise in one realm).
 */
export function provideLearnerScope(functions: SandboxFunctions, scope: readonly string[] = engineNames): void {
  const unknown = scope.filter((name) => !isEngineName(name) && !isCourseHelperName(name));
  if (unknown.length > 0) throw new Error(`Not engine exports or course helpers: ${unknown.join(', ')}`);
  current = scope;
  const global = globalThis as Record<string, unknown>;
  for (const name of scopeNames) delete global[name];
  for (const name of scope) global[name] = isEngineName(name) ? engine[name] : courseHelpers[name as CourseHelperName];
  Object.assign(globalThis, functions);
}

/** For the check worker: the same names, drawing nothing. */
export const quietSandboxFunctions: SandboxFunctions = { draw: () => {}, plot: () => {}, plotBoundary: () => {} };

let current: readonly string[] = engineNames;

/**
 * "MLP is not defined", said better where MLP is the engine's (or backward a course helper) but left out of
 * this code's scope: the editor knows every such name, so only the run says it is missing.
 */
export function explainScope(message: string): string {
  const name = /^(?:ReferenceError: )?(\w+) is not defined$/.exec(message)?.[1];
  if (!name || current.includes(name)) return message;
  if (isCourseHelperName(name)) return `${message}: the course's ${name}() is given only to the exercises that use it, not here.`;
  if (!isEngineName(name)) return message;
  const fromEngine = current.filter(isEngineName);
  return `${message}: this exercise leaves the engine's ${name} out (from the engine, it has ${fromEngine.length > 0 ? fromEngine.join(', ') : 'nothing'}).`;
}
