// Declarations for the parts of Monaco's TypeScript worker that typescript-worker.ts builds on: Monaco ships
// them as JavaScript only.
declare module 'monaco-editor/languages/features/typescript/tsWorker' {
  import type { Diagnostic } from 'monaco-editor/languages/features/typescript/register';
  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    /** Diagnostics that can be posted: each `file` cut down to its name. */
    static clearFiles(diagnostics: ReadonlyArray<{ file?: { fileName: string } }>): Diagnostic[];
    getSyntacticDiagnostics(fileName: string): Promise<Diagnostic[]>;
    getCompilationSettings(): Record<string, unknown>;
    getScriptText(fileName: string): Promise<string | undefined>;
    getEmitOutput(fileName: string): Promise<{ outputFiles: Array<{ name: string; text: string }> }>;
  }
}

declare module 'monaco-editor/languages/features/typescript/lib/typescriptServices' {
  export const typescript: {
    version: string;
    transpileModule(
      input: string,
      options: { compilerOptions: Record<string, unknown>; fileName: string; reportDiagnostics: boolean },
    ): { outputText: string; sourceMapText?: string; diagnostics?: Array<{ file?: { fileName: string } }> };
  };
}

declare module 'monaco-editor/internal/common/initialize' {
  export function initialize(create: (ctx: unknown, createData: unknown) => unknown): void;
}
