/** What the sandbox needs from an editor, whether Monaco (desktop) or a plain text area (touch devices). */
export interface CodeEditor {
  getValue(): string;
  /** Replaces the whole text as one step the learner can undo (Ctrl/Cmd+Z, or the sandbox's Undo button). */
  replaceAll(text: string): void;
  undo(): void;
  onChange(listener: () => void): void;
  /** Ctrl/Cmd+Enter. */
  onRunShortcut(listener: () => void): void;
  focus(): void;
  /** Shows (or clears, with []) the errors of the last compile at their place in the code. */
  showProblems?(problems: readonly Problem[]): void;
}

/** A compiler message at a place in the learner's code (1-based line and column). */
export interface Problem {
  kind: 'syntax' | 'type';
  message: string;
  line: number;
  column: number;
}
