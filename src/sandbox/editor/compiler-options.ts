// The TypeScript compiler options of every sandbox's editor (monaco.ts gives them to Monaco's TypeScript
// worker), in TypeScript's own numbers: the worker's test (typescript-worker.test.ts) uses them too.
export const sandboxCompilerOptions = {
  target: 99, // ESNext (Monaco's enum has no ES2022)
  module: 99, // ESNext
  // The code runs in a worker: console and timers, no DOM. (File names: this is not a tsconfig.)
  lib: ['lib.esnext.d.ts', 'lib.webworker.d.ts'],
  strict: true,
  noEmitOnError: false, // type errors are shown, but never stop a run
  sourceMap: true, // to point runtime errors at the learner's line
  moduleDetection: 3, // "force": each sandbox is its own module, so two sandboxes' names never collide
  allowNonTsExtensions: true,
};
