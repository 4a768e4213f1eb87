// Monaco's TypeScript worker (completions, hover docs, squiggles), with one method more: transpile(), which
// Run and Check compile the learner's code with.
import { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/tsWorker';
import { typescript } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import type { Diagnostic } from 'monaco-editor/languages/features/typescript/register';

export interface Transpiled {
  /** The JavaScript, ending with its `//# sourceMappingURL=` comment. */
  js: string;
  /** The source map from `js` back to the TypeScript (a JSON string). */
  map?: string;
  /**
   * The file's syntax errors, from the parse that made `js`: the same as the language service's
   * getSyntacticDiagnostics (a test holds it), which parsed the file once more and brought the whole program up
   * to date first, in another round trip to this worker.
   */
  syntaxErrors: Diagnostic[];
}

export class SandboxTypeScriptWorker extends TypeScriptWorker {
  /**
   * The file as JavaScript: its types left out, not checked. The language service's emit (getEmitOutput) checks
   * the file first, because its emit resolver asks the checker, and after every edit that means a new checker
   * over the lib files: about 4 times the time, for type errors that compile() never read (it asks for them
   * separately, after a run). Grading a class pays it on every answer. The output is the emit's, character for
   * character, on all the course's code (a test holds it); a const enum is the one thing written differently,
   * kept as an enum instead of inlined, and it runs the same.
   */
  async transpile(fileName: string): Promise<Transpiled> {
    const text = (await this.getScriptText(fileName)) ?? '';
    const output = typescript.transpileModule(text, { compilerOptions: this.getCompilationSettings(), fileName, reportDiagnostics: true });
    // The file's own diagnostics: transpileModule also reports on the options it sets for itself.
    const syntaxErrors = (output.diagnostics ?? []).filter((d) => d.file?.fileName === fileName);
    return { js: output.outputText, map: output.sourceMapText, syntaxErrors: TypeScriptWorker.clearFiles(syntaxErrors) };
  }
}
