/// <reference lib="webworker" />
// The run worker: one per run, started fresh and terminated after. It puts the engine's exports and draw()
// in scope, captures console output, and runs the learner's compiled code as a module.
import * as engine from '../../../engine/index.ts';
import type { LogLevel, RunEvent, RunRequest } from '../protocol.ts';
import { describe } from '../../../engine/value.ts';
import { explainScope, provideLearnerScope, type SandboxFunctions } from '../learner-scope.ts';
import { boundaryChart, lineChart, type BoundaryOptions } from './charts.ts';
import { drawnGraphOf } from './drawn-graph-of.ts';
import { formatLogLine } from './format.ts';
import { noteNetworkCalls } from './network-groups.ts';

declare const self: DedicatedWorkerGlobalScope;

const send = (event: RunEvent) => self.postMessage(event);

/** draw(root, options): the computation graph of `root`, as the seed's draw_dot draws it, to explore or step through. */
function draw(root: engine.Value, options: engine.DrawOptions = {}): void {
  if (!(root instanceof engine.Value)) throw new TypeError(`draw: expected a Value, got ${describe(root)}`);
  send({ type: 'graph', graph: drawnGraphOf(root, options) });
}
noteNetworkCalls();
const sandboxFunctions = {
  draw,
  plot: (title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }) =>
    send({ type: 'chart', title, chart: lineChart(title, values, options) }),
  plotBoundary: (title: string, options: BoundaryOptions) => send({ type: 'chart', title, chart: boundaryChart(title, options) }),
} satisfies SandboxFunctions;

for (const level of ['log', 'info', 'warn', 'error'] as const satisfies LogLevel[]) {
  console[level] = (...args: unknown[]) => send({ type: 'log', level, text: formatLogLine(args) });
}

function reportError(error: unknown): void {
  if (error instanceof Error) send({ type: 'error', name: error.name, message: explainScope(error.message), stack: error.stack });
  else send({ type: 'error', name: 'Error', message: `Uncaught ${formatLogLine([error])}` });
}

self.addEventListener('error', (event) => {
  event.preventDefault();
  reportError(event.error ?? new Error(event.message));
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  reportError(event.reason);
});

self.addEventListener('message', async (event: MessageEvent<RunRequest>) => {
  provideLearnerScope(sandboxFunctions, event.data.scope);
  const url = URL.createObjectURL(new Blob([event.data.code], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    reportError(error);
  } finally {
    URL.revokeObjectURL(url);
    send({ type: 'done' });
  }
});
