// Monaco, loaded only when a sandbox is activated: the editor, TypeScript's language service (completions,
// hover docs, squiggles) and its worker, which also compiles the learner's code for running.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import * as ts from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from './typescript.worker.ts?worker';
import engineTypes from '../types/generated/engine-globals.d.ts?raw';
import type { CodeEditor, Problem } from './code-editor.ts';
import { sandboxCompilerOptions } from './compiler-options.ts';
import type { SandboxTypeScriptWorker } from './typescript-worker.ts';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker()),
};

ts.typescriptDefaults.setCompilerOptions(sandboxCompilerOptions);
ts.typescriptDefaults.addExtraLib(engineTypes, 'file:///micrograd/engine-globals.d.ts');

const themeName = () => (document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs');
document.addEventListener('themechange', () => monaco.editor.setTheme(themeName()));

/** One model per sandbox, named after it, so diagnostics and compiled output are per sandbox. */
export function createModel(code: string, name: string): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(`file:///sandbox/${name}.ts`);
  monaco.editor.getModel(uri)?.dispose();
  return monaco.editor.createModel(code, 'typescript', uri);
}

/** A Monaco editor in `host` that grows with its content (6 to 32 lines). */
export function createMonacoEditor(host: HTMLElement, model: monaco.editor.ITextModel, label: string): CodeEditor {
  const editor = monaco.editor.create(host, {
    model,
    theme: themeName(),
    ariaLabel: label,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // The code block shown before activation (SandboxFrame.astro) uses the same size, line height and
    // padding, so activating the editor does not move the page.
    fontSize: 14,
    lineHeight: 21,
    // Long comment lines wrap instead of hiding past the right edge.
    wordWrap: 'on',
    wrappingIndent: 'same',
    lineNumbersMinChars: 3,
    tabSize: 2,
    fixedOverflowWidgets: true,
    scrollbar: { alwaysConsumeMouseWheel: false },
    padding: { top: 8, bottom: 8 },
    // Off: features that each recomputed something after every edit (in the TypeScript worker, the editor worker
    // or here) and then drew the editor once more, for little in an editor of at most 32 lines that grows with
    // its code: folding, sticky scroll (headers of the function scrolled past), inlay hints (every kind is off
    // by default: they showed nothing) and colour swatches for CSS colours. Grading a class, an answer drew the
    // editor 2.8 times instead of 3.6 (e2e/grader). Without folding's column the code starts 35px from the
    // editor's left edge: the code block shown before activation (SandboxFrame.astro) leaves the same.
    folding: false,
    stickyScroll: { enabled: false },
    inlayHints: { enabled: 'off' },
    colorDecorators: false,
  });
  const lineHeight = editor.getOption(monaco.editor.EditorOption.lineHeight);
  const fit = () => {
    const height = Math.min(Math.max(editor.getContentHeight(), 6 * lineHeight + 16), 32 * lineHeight + 16);
    host.style.height = `${height}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  // Tab indents, so a keyboard user needs a way out: Escape, then Tab moves focus on (Monaco's own toggle,
  // Ctrl+M, is hard to discover). Any other key goes back to indenting.
  editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) editor.updateOptions({ tabFocusMode: true });
    else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift) editor.updateOptions({ tabFocusMode: false });
  });
  editor.onDidFocusEditorText(() => editor.updateOptions({ tabFocusMode: false }));
  return {
    getValue: () => model.getValue(),
    replaceAll(text) {
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    undo: () => editor.trigger('sandbox', 'undo', null),
    onChange: (listener) => void model.onDidChangeContent(listener),
    // An action, not addCommand: commands are global, so with two editors on a page the last one's would win.
    onRunShortcut: (listener) =>
      void editor.addAction({
        id: 'sandbox.run',
        label: 'Run the code',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: listener,
      }),
    focus: () => editor.focus(),
  };
}

export interface Compiled {
  /** The JavaScript to run, or undefined when syntax errors prevent it. */
  js?: string;
  /** The source map from `js` back to the learner's TypeScript (a JSON string). */
  map?: string;
  syntaxErrors: Problem[];
  /**
   * Asked for after a run: type checking takes longer and never delays one, and a Check, which has no use for
   * it, never pays for it (grading a class checks hundreds of answers in a row).
   */
  typeErrors: () => Promise<Problem[]>;
}

/** Compiles a sandbox's model with the TypeScript worker the editor already runs (typescript-worker.ts). */
export async function compile(model: monaco.editor.ITextModel): Promise<Compiled> {
  const getWorker = await typeScriptWorker();
  const worker = (await getWorker(model.uri)) as Awaited<ReturnType<typeof getWorker>> & Pick<SandboxTypeScriptWorker, 'transpile'>;
  const file = model.uri.toString();
  const toProblem = (kind: Problem['kind']) => (d: ts.Diagnostic): Problem => {
    const { lineNumber, column } = model.getPositionAt(d.start ?? 0);
    return { kind, line: lineNumber, column, message: flatten(d.messageText) };
  };
  const output = await worker.transpile(file);
  const typeErrors = () => worker.getSemanticDiagnostics(file).then((ds) => ds.map(toProblem('type')), () => []);
  const syntaxErrors = output.syntaxErrors.map(toProblem('syntax'));
  if (syntaxErrors.length > 0) return { syntaxErrors, typeErrors };
  return { js: output.js.replace(/\/\/# sourceMappingURL=.*$/m, ''), map: output.map, syntaxErrors, typeErrors };
}

/**
 * Monaco sets TypeScript up asynchronously once a TypeScript model exists, and until then
 * getTypeScriptWorker() rejects with "TypeScript not registered!": ask again until it is ready.
 */
async function typeScriptWorker(): ReturnType<typeof ts.getTypeScriptWorker> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ts.getTypeScriptWorker();
    } catch (error) {
      if (attempt >= 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

type MessageText = ts.Diagnostic['messageText'];

function flatten(message: MessageText): string {
  if (typeof message === 'string') return message;
  return [message.messageText, ...(message.next ?? []).map(flatten)].join(' ');
}
