/**
 * The messages between a page and its run worker: the page asks for one run, the worker streams back what
 * the learner's code printed and drew, then how it ended. Both sides import these types.
 */

/** page → worker: run this JavaScript (the learner's TypeScript, already compiled) as a module. */
export interface RunRequest {
  type: 'run';
  code: string;
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** worker → page, in the order the learner's code produced them. */
export type RunEvent =
  | { type: 'log'; level: LogLevel; text: string }
  | { type: 'graph'; dot: string; title: string; nodes: number }
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
