// What the learner's code finds in scope, in the run worker and the check worker alike: every export of the
// engine (Value, MLP, torch, …), draw(), plot() and plotBoundary(). The editor's types are generated from the same list (engine/index.ts).
import * as engine from '../../engine/index.ts';
import type { BoundaryOptions } from './worker/charts.ts';

export interface SandboxFunctions {
  draw: (root: engine.Value, options?: engine.DrawOptions) => void;
  plot: (title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }) => void;
  plotBoundary: (title: string, options: BoundaryOptions) => void;
}

export function provideLearnerScope(functions: SandboxFunctions): void {
  Object.assign(globalThis, engine, functions);
}

/** For the check worker: the same names, drawing nothing. */
export const quietSandboxFunctions: SandboxFunctions = { draw: () => {}, plot: () => {}, plotBoundary: () => {} };
