// Points a runtime error at the learner's TypeScript: the stack names a line of the compiled JavaScript in a
// blob: URL; the source map from the compile turns that into the line and column the learner wrote.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface Position {
  line: number;
  column: number;
}

/** The first frame of `stack` that is in the learner's module (a blob: URL), mapped through `sourceMap`. */
export function learnerPosition(stack: string | undefined, sourceMap: string | undefined): Position | undefined {
  if (!stack || !sourceMap) return undefined;
  const frame = /blob:[^\s)]*?:(\d+):(\d+)/.exec(stack);
  if (!frame) return undefined;
  const original = originalPositionFor(new TraceMap(sourceMap), { line: Number(frame[1]), column: Number(frame[2]) - 1 });
  if (original.line === null || original.column === null) return undefined;
  return { line: original.line, column: original.column + 1 };
}
