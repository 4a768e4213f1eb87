// What the learner's code finds in scope, in the run worker and the check worker alike: the engine's
// exports (Value, MLP, torch, …) — all of them in a lesson's sandbox, only an exercise's own scope in an
// exercise — the course helpers that exercise's scope names (./course-helpers.ts), and the sandbox functions:
// draw(), plot(), plotBoundary(), heatmap(), control(), pause() and the names to train on. The editor's types are generated from the same lists (engine/index.ts, course-helpers.ts).
import * as engine from '../../engine/index.ts';
import { courseHelperNames, courseHelpers, type CourseHelperName } from './course-helpers.ts';
import type { BoundaryOptions, HeatmapOptions } from './worker/charts.ts';

export interface SandboxFunctions {
  draw: (root: engine.Value, options?: engine.DrawOptions) => void;
  plot: (title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }) => void;
  plotBoundary: (title: string, options: BoundaryOptions) => void;
  heatmap: (title: string, values: number[][], options?: HeatmapOptions) => void;
  /** A slider under the code; its `value` follows the learner's hand while the code runs (after each `await pause()`). */
  control: (name: string, options: { value: number; min: number; max: number; step?: number }) => { readonly value: number };
  /** Lets the page speak to running code (a control moved) and Stop be pressed: `await pause()` in a long loop. */
  pause: () => Promise<void>;
  /** The course's training names (stdlib's English first names, lower-case), a fresh copy per run. */
  names: string[];
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
export const quietSandboxFunctions: SandboxFunctions = {
  draw: () => {},
  plot: () => {},
  plotBoundary: () => {},
  heatmap: () => {},
  control: (_name, { value }) => ({ value }),
  pause: () => Promise.resolve(),
  names: [],
};

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
