// What the learner's code finds in scope, in the run worker and the check worker alike: the engine's
// exports (Value, MLP, torch, …) — all of them in a lesson's sandbox, only an exercise's own scope in an
// exercise — and draw(), plot() and plotBoundary(). The editor's types are generated from the same list
// (engine/index.ts).
import * as engine from '../../engine/index.ts';
import type { BoundaryOptions } from './worker/charts.ts';

export interface SandboxFunctions {
  draw: (root: engine.Value, options?: engine.DrawOptions) => void;
  plot: (title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }) => void;
  plotBoundary: (title: string, options: BoundaryOptions) => void;
}

export type EngineName = keyof typeof engine;
export const engineNames = Object.keys(engine) as EngineName[];

/**
 * Puts the sandbox functions and the engine's names in `scope` (every name when absent) on globalThis, and
 * takes every other engine name away (the fast tests grade exercise after exercise in one realm).
 */
export function provideLearnerScope(functions: SandboxFunctions, scope: readonly string[] = engineNames): void {
  const unknown = scope.filter((name) => !(name in engine));
  if (unknown.length > 0) throw new Error(`Not engine exports: ${unknown.join(', ')}`);
  current = scope;
  const global = globalThis as Record<string, unknown>;
  for (const name of engineNames) delete global[name];
  for (const name of scope) global[name] = engine[name as EngineName];
  Object.assign(globalThis, functions);
}

/** For the check worker: the same names, drawing nothing. */
export const quietSandboxFunctions: SandboxFunctions = { draw: () => {}, plot: () => {}, plotBoundary: () => {} };

let current: readonly string[] = engineNames;

/**
 * "MLP is not defined", said better where MLP is the engine's but left out of this exercise's scope: the
 * editor knows every engine name, so only the run says it is missing.
 */
export function explainScope(message: string): string {
  const name = /^(?:ReferenceError: )?(\w+) is not defined$/.exec(message)?.[1];
  if (!name || !(engineNames as string[]).includes(name) || current.includes(name)) return message;
  return `${message}: this exercise leaves the engine's ${name} out (from the engine, it has ${current.length > 0 ? current.join(', ') : 'nothing'}).`;
}
