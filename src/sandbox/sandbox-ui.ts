// A sandbox after activation: the editor, Run / Reset / Undo reset, live re-runs, autosave and the output.
// Loaded on demand by sandbox-element.ts; everything heavy (Monaco, workers) comes in with it.
import type { CodeEditor } from './editor/code-editor.ts';
import { compile, createModel, createMonacoEditor } from './editor/monaco.ts';
import { createPlainEditor } from './editor/plain-editor.ts';
import { learnerPosition } from './error-position.ts';
import { RunOutput } from './output-view.ts';
import { runInSandbox, type RunHandle } from './run-in-sandbox.ts';
import { scopeOf } from '../exercises/scopes.ts';
import { liveRunsOn } from './live-runs.ts';
import { codeStore } from './storage.ts';

const LIVE_DELAY_MS = 700;
const SAVE_DELAY_MS = 300;

export interface SandboxController {
  run(): Promise<void>;
  /** Exercises only: runs the checks and shows their results. */
  check?(): Promise<void>;
  /** The code in the editor now. */
  code(): string;
}

/** Monaco does not support phones and tablets; they get a plain text area with the same Run and output. */
export function isTouchDevice(): boolean {
  return matchMedia('(pointer: coarse) and (hover: none)').matches;
}

export async function mountSandbox(root: HTMLElement): Promise<SandboxController> {
  const { id, page, label } = root.dataset as { id: string; page: string; label: string };
  const live = root.dataset.live !== 'false';
  const timeLimitMs = Number(root.dataset.timeLimit) * 1000;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  const original = JSON.parse(part('original').textContent ?? '""') as string;
  const log = part('output');
  const status = part('status');
  const resetButton = part<HTMLButtonElement>('reset');
  const stopButton = part<HTMLButtonElement>('stop');
  const undoButton = part<HTMLButtonElement>('undo-reset');

  const store = codeStore(root.dataset.storeKey ?? `${page}#${id}`);
  const code = store.load() ?? original;
  const model = createModel(code, `${page.replace(/\W+/g, '-')}-${id}`);
  const host = part('editor');
  host.classList.add('active');
  let editor: CodeEditor;
  if (isTouchDevice()) {
    editor = createPlainEditor(host, code, `Code editor: ${label}`);
    editor.onChange(() => model.setValue(editor.getValue()));
  } else {
    host.replaceChildren();
    editor = createMonacoEditor(host, model, `Code editor: ${label}`);
  }
  root.dataset.state = 'active';

  let current: RunHandle | undefined;
  let runCount = 0;
  /** The learner pressed Stop (rather than a newer run replacing this one). */
  let stopped = false;
  stopButton.addEventListener('click', () => {
    stopped = true;
    current?.cancel();
    // Stop disappears once pressed: the keyboard's focus goes to Run, the button that starts the code again.
    part<HTMLButtonElement>('run').focus();
  });

  async function run(): Promise<void> {
    const runNumber = ++runCount;
    current?.cancel();
    status.textContent = 'Running…';
    const started = performance.now();
    const version = model.getVersionId();
    const compiled = await compile(model);
    if (runNumber !== runCount) return; // a newer run started while this one compiled
    if (model.getVersionId() !== version) {
      // The TypeScript worker compiles the editor's text as it is when the worker gets to it (seconds after the
      // first Run on a cold machine), so this is the learner's newer code, which they did not ask to run. With
      // runs as one types, the live run that edit scheduled runs it; otherwise it waits for Run, as edits do.
      if (!(live && liveRunsOn())) status.textContent = 'Not run: the code changed while it was being prepared. Run runs it.';
      return;
    }
    const output = new RunOutput(log);
    if (compiled.syntaxErrors.length > 0 || compiled.js === undefined) {
      output.problems(compiled.syntaxErrors);
      output.finish();
      status.textContent = 'Not run: fix the syntax error first.';
      return;
    }
    const typeErrors = compiled.typeErrors(); // checked while the code runs
    const scope = root.dataset.exercise ? scopeOf(root.dataset.exercise) : undefined;
    const handle = runInSandbox(compiled.js, timeLimitMs, scope, (event) => {
      if (event.type === 'log') output.line(event.text, event.level);
      else if (event.type === 'graph') output.graph(event.graph);
      else if (event.type === 'chart') output.chart(event.title, event.chart);
      else if (event.type === 'control') output.control(event.control, (value) => handle.setControl(event.control.name, value));
      else if (event.type === 'error') {
        const at = learnerPosition(event.stack, compiled.map);
        output.line(`${event.name}: ${event.message}${at ? ` (line ${at.line}, column ${at.column})` : ''}`, 'error');
      }
    });
    current = handle;
    // Stop is there while the code runs (a long training run, a loop that will not end before its time limit).
    stopButton.hidden = false;
    stopped = false;
    const outcome = await handle.outcome;
    if (runNumber !== runCount) return;
    stopButton.hidden = true;
    if (outcome.status === 'timeout') {
      output.line(`Stopped: the code was still running after ${outcome.seconds} s. Is there a loop that never ends?`, 'error');
    }
    output.finish();
    const ms = Math.round(performance.now() - started);
    status.textContent =
      outcome.status === 'ok'
        ? `Ran in ${ms} ms.`
        : outcome.status === 'timeout'
          ? `Stopped after ${outcome.seconds} s.`
          : outcome.status === 'cancelled' && stopped
            ? `Stopped after ${(ms / 1000).toFixed(1)} s, as asked.`
            : 'Stopped by an error.';
    const types = await typeErrors;
    if (runNumber === runCount) output.problems(types);
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  editor.onChange(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => (editor.getValue() === original ? store.clear() : store.save(editor.getValue())), SAVE_DELAY_MS);
    if (live && liveRunsOn()) {
      // The code being run is out of date: stop it now (an endless loop would hold a core until its time
      // limit) and run the new code once typing pauses.
      if (current) {
        current.cancel();
        current = undefined;
        runCount++;
        stopButton.hidden = true;
      }
      clearTimeout(liveTimer);
      liveTimer = setTimeout(() => {
        liveTimer = undefined;
        void run();
      }, LIVE_DELAY_MS);
    }
  });
  editor.onRunShortcut(() => void run());

  resetButton.addEventListener('click', () => {
    editor.replaceAll(original);
    undoButton.hidden = false;
    status.textContent = "Code reset to the lesson's version. Undo reset brings yours back.";
  });
  undoButton.addEventListener('click', () => {
    editor.undo();
    undoButton.hidden = true;
    status.textContent = 'Your code is back.';
    editor.focus();
  });

  let check: SandboxController['check'];
  if (root.dataset.exercise) {
    const { mountExercise } = await import('../exercises/exercise-ui.ts');
    const checkExercise = mountExercise(root, { exercise: root.dataset.exercise, timeLimitMs, compile: () => compile(model) });
    check = async () => {
      // Check runs the code itself; a live run still waiting to start would only compete with it for the
      // processor, so it starts when the Check is done.
      const waiting = liveTimer !== undefined;
      clearTimeout(liveTimer);
      liveTimer = undefined;
      await checkExercise();
      if (waiting) void run();
    };
  }
  if (live) void run();
  return { run, check, code: () => editor.getValue() };
}
