// What the learner's code finds in scope, in the run worker and the check worker alike: every export of the
// engine (Value, MLP, torch, …) and draw(). The editor's types are generated from the same list (engine/index.ts).
import * as engine from '../../engine/index.ts';

export type Draw = (root: engine.Value, options?: engine.DrawOptions) => void;

export function provideLearnerScope(draw: Draw): void {
  Object.assign(globalThis, engine, { draw });
}
