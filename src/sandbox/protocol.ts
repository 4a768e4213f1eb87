/**
 * The messages between a page and its run worker: the page asks for one run, the worker streams back what
 * the learner's code printed and drew, then how it ended. Both sides import these types.
 */
import type { DrawnGraph } from './graph/drawn-graph.ts';

/** page → worker: run this JavaScript (the learner's TypeScript, already compiled) as a module. */
export interface RunRequest {
  type: 'run';
  code: string;
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** A chart drawn by plot() or plotBoundary(); a chart with the same title as an earlier one replaces it. */
export type ChartSpec =
  | { kind: 'line'; points: Array<[number, number]>; x: string; y: string }
  | {
      kind: 'boundary';
      /** The model's score on a grid over [x0, x1] × [y0, y1], row by row, `size` × `size`. */
      grid: { x0: number; x1: number; y0: number; y1: number; size: number; scores: number[] };
      points: number[][];
      labels: number[];
    };

/** worker → page, in the order the learner's code produced them. */
export type RunEvent =
  | { type: 'log'; level: LogLevel; text: string }
  | { type: 'graph'; graph: DrawnGraph }
  | { type: 'chart'; title: string; chart: ChartSpec }
  | { type: 'error'; name: string; message: string; stack?: string }
  | { type: 'done' };

/** page → check worker: run the learner's module and observe it with exercise `exercise`'s checks. */
export interface CheckRequest {
  type: 'check';
  exercise: string;
  code: string;
  /** A secret of this run: replies without it (faked by the learner's code) are ignored. */
  nonce: string;
}

/** check worker → page: what it observed, or why it could not; each sent with the run's nonce. */
export type CheckReply =
  | { type: 'observation'; report: import('../checks/define.ts').ObservationReport }
  | { type: 'error'; name: string; message: string; stack?: string }
  | { type: 'done' };

export type CheckEvent = CheckReply & { nonce: string };
