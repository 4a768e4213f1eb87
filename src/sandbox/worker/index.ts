/// <reference lib="webworker" />
// The run worker: one per run, started fresh and terminated after. It puts the engine's exports (and the
// course helpers an exercise's scope names) and the sandbox functions in scope, captures console output, and
// runs the learner's compiled code as a module; while it runs, the page may move its controls.
import * as engine from '../../../engine/index.ts';
import type { LogLevel, RunEvent, RunRequest } from '../protocol.ts';
import { describe } from '../../../engine/value.ts';
import { explainScope, provideLearnerScope, type SandboxFunctions } from '../learner-scope.ts';
import { boundaryChart, heatmapChart, lineChart, type BoundaryOptions, type HeatmapOptions } from './charts.ts';
import { controls } from './controls.ts';
import { trainingNames } from './names.ts';
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
  heatmap: (title: string, values: number[][], options?: HeatmapOptions) => send({ type: 'chart', title, chart: heatmapChart(title, values, options) }),
  control: (name, options) => controls.add(name, options, (control) => send({ type: 'control', control })),
  pause: () => controls.pause(),
  names: trainingNames(),
} satisfies SandboxFunctions;

// A print in a loop that never ends would flood the page with lines until the time limit: past MAX_LINES lines
// (or MAX_CHARS characters in one) the rest is left out, and the learner is told so once.
const MAX_LINES = 2000;
const MAX_CHARS = 20_000;
let printed = 0;
function print(level: LogLevel, args: unknown[]): void {
  if (++printed > MAX_LINES) {
    if (printed === MAX_LINES + 1) send({ type: 'log', level: 'warn', text: `… more output left out: only the first ${MAX_LINES} lines are shown.` });
    return;
  }
  const text = formatLogLine(args);
  send({ type: 'log', level, text: text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}… (${text.length - MAX_CHARS} more characters left out)` : text });
}
for (const level of ['log', 'info', 'warn', 'error'] as const satisfies LogLevel[]) console[level] = (...args: unknown[]) => print(level, args);

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
  const request = event.data;
  if (request.type === 'control') return controls.set(request.name, request.value);
  provideLearnerScope(sandboxFunctions, request.scope);
  const url = URL.createObjectURL(new Blob([request.code], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    reportError(error);
  } finally {
    URL.revokeObjectURL(url);
    send({ type: 'done' });
  }
});
