// Functions the course gives an exercise's code when its meta.json `scope` names them: a piece of the
// engine the learner has not built yet, working on the learner's own Value class. Unlike the engine's names,
// a lesson's sandbox never has them, and an exercise that asks for one never lists it. The editor's types are
// generated from this file (src/sandbox/types/generate-engine-types.ts), doc comments included.
import { describe } from '../../engine/value.ts';

/** What the course's backward(root) needs of a value: the fields of the Value class you are writing. */
export interface BackwardStepValue {
  grad: number;
  readonly prev: readonly BackwardStepValue[];
  backwardStep: () => void;
}

/**
 * Runs every value's backwardStep, each after every value that uses it: sets `root.grad = 1`, then calls
 * `backwardStep()` of `root` and of every value it was made from, in reverse topological order. You will
 * write it yourself in the Backward lesson.
 *
 * Works on your own Value class (it reads `prev` and calls `backwardStep`); the engine's Value has its own
 * `root.backward()`.
 */
export function backward(root: BackwardStepValue): void {
  const problem = notSteppable(root);
  if (problem) throw new TypeError(`backward(root): root should be a Value with prev and backwardStep; got ${problem}.`);
  const order: BackwardStepValue[] = [];
  const visited = new Set<BackwardStepValue>([root]);
  // Depth first with an explicit stack of [value, index of its next input]: a chain of 100,000 values would
  // overflow the call stack of a recursive sort.
  const stack: Array<[BackwardStepValue, number]> = [[root, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [value, i] = top;
    if (i < value.prev.length) {
      top[1] = i + 1;
      const input: unknown = value.prev[i];
      if (visited.has(input as BackwardStepValue)) continue;
      const inputProblem = notSteppable(input);
      if (inputProblem) throw new TypeError(`backward(root): ${madeBy(value)} has ${inputProblem} in its prev, not a Value with prev and backwardStep.`);
      visited.add(input as BackwardStepValue);
      stack.push([input as BackwardStepValue, 0]);
    } else {
      stack.pop();
      order.push(value);
    }
  }
  root.grad = 1;
  for (let i = order.length - 1; i >= 0; i--) order[i].backwardStep();
}

/** Why `x` cannot be walked and stepped, in words naming what it is; undefined when it can. */
function notSteppable(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return describe(x);
  const { prev, backwardStep } = x as Partial<BackwardStepValue>;
  const missing = [!Array.isArray(prev) && 'prev (an array)', typeof backwardStep !== 'function' && 'backwardStep (a function)'].filter(Boolean);
  return missing.length > 0 ? `${describe(x)} without ${missing.join(' or ')}` : undefined;
}

function madeBy(value: BackwardStepValue): string {
  const op = (value as { op?: unknown }).op;
  return typeof op === 'string' && op !== '' ? `a value made by '${op}'` : 'a value';
}

/** @internal Every course helper by the name an exercise's scope gives it: the one list of their names. */
export const courseHelpers = { backward } as const;

/** @internal */
export type CourseHelperName = keyof typeof courseHelpers;
/** @internal */
export const courseHelperNames = Object.keys(courseHelpers) as CourseHelperName[];
