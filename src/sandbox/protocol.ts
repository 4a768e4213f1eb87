/**
 * The messages between a page and its run worker: the page asks for one run, the worker streams back what
 * the learner's code printed and drew, then how it ended. Both sides import these types.
 */
import type { DrawnGraph } from './graph/drawn-graph.ts';

/**
 * page → worker: run this JavaScript (the learner's TypeScript, already compiled) as a module; then, while it
 * runs, the new value of a control() whenever the learner moves it.
 */
export type RunRequest =
  | {
      type: 'run';
      code: string;
      /** The names in scope: an exercise's engine names and course helpers (meta.json's scope); every engine export when absent. */
      scope?: readonly string[];
    }
  | { type: 'control'; name: string; value: number };

/** A slider the learner's code asked for with control(name, …): its current value reaches the code live. */
export interface ControlSpec {
  name: string;
  value: number;
  min: number;
  max: number;
  step: number;
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
    }
  | {
      kind: 'heatmap';
      /** values[row][col], drawn as a grid of coloured cells. */
      values: number[][];
      rows: string[];
      cols: string[];
      x: string;
      y: string;
    };

/** worker → page, in the order the learner's code produced them. */
export type RunEvent =
  | { type: 'log'; level: LogLevel; text: string }
  | { type: 'graph'; graph: DrawnGraph }
  | { type: 'chart'; title: string; chart: ChartSpec }
  | { type: 'control'; control: ControlSpec }
  | { type: 'error'; name: string; message: string; stack?: string }
  | { type: 'done' };

/**
 * page → check worker: first `load` (the learner's module, for exercise `exercise`'s checks), then one
 * `observe` or `observe-cases` at a time (a check by index, with its hidden case or cases for a case check). Only `load` carries the
 * nonce: it arrives before the learner's code runs, so that code can never read it.
 */
export type CheckRequest =
  /** Before any learner code: get the exercise's scope and checks ready (a spare worker waiting for a Check). */
  | { type: 'prepare'; exercise: string }
  | {
      type: 'load';
      exercise: string;
      code: string;
      /** A secret of this run: replies without it (faked by the learner's code) are ignored. */
      nonce: string;
    }
  | { type: 'observe'; index: number; input?: import('../checks/define.ts').Observation }
  /** Every case of a case check: the worker answers each with an `observation`, in order. */
  | { type: 'observe-cases'; index: number; inputs: Array<import('../checks/define.ts').Observation> };

/** check worker → page: the module loaded (or why not), then each observation; each sent with the run's nonce. */
export type CheckReply =
  | { type: 'loaded' }
  | { type: 'observation'; report: import('../checks/define.ts').ObservationReport }
  | { type: 'error'; name: string; message: string; stack?: string };

export type CheckEvent = CheckReply & { nonce: string };
