import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sandboxCompilerOptions } from './compiler-options.ts';
import { SandboxTypeScriptWorker } from './typescript-worker.ts';

// The worker as Monaco runs it, in Node: one model (the sandbox's file), the engine's globals as an extra lib
// and the sandboxes' compiler options.
const root = join(import.meta.dirname, '../../..');
const fileName = 'file:///sandbox/exercise-x.ts';
let text = '';
const model = { uri: { toString: () => fileName, path: '/sandbox/exercise-x.ts' }, getValue: () => text, version: 0 };
const worker = new SandboxTypeScriptWorker(
  { getMirrorModels: () => [model] },
  { compilerOptions: sandboxCompilerOptions, extraLibs: { 'file:///micrograd/engine-globals.d.ts': { content: readFileSync(join(root, 'src/sandbox/types/generated/engine-globals.d.ts'), 'utf8'), version: 1 } } },
);
const setCode = (code: string) => {
  text = code;
  model.version++;
};

const courseCode: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts')) courseCode.push(path);
  }
};
walk(join(root, 'content'));

describe("the sandboxes' TypeScript worker", () => {
  test('transpiles every piece of course code to the JavaScript and source map its language service emits', async () => {
    expect(courseCode.length).toBeGreaterThan(200); // sandboxes, starters, solutions, known wrong answers
    const differing: string[] = [];
    for (const path of courseCode) {
      setCode(readFileSync(path, 'utf8'));
      const emitted = await worker.getEmitOutput(fileName);
      const transpiled = await worker.transpile(fileName);
      const js = emitted.outputFiles.find((f) => f.name.endsWith('.js'))?.text;
      const map = emitted.outputFiles.find((f) => f.name.endsWith('.js.map'))?.text;
      if (transpiled.js !== js || transpiled.map !== map) differing.push(path);
    }
    expect(differing).toEqual([]);
  }, 120_000);

  test("reports the language service's syntax errors, the same ones at the same places, on course code whole and broken", async () => {
    // Broken as a learner's code is mid-edit: cut off at a third and two thirds (open braces, strings, template
    // literals, calls), and with one character dropped at each of those places; plus a few written by hand.
    const broken = courseCode.flatMap((path) => {
      const code = readFileSync(path, 'utf8');
      const at = [Math.floor(code.length / 3), Math.floor((2 * code.length) / 3)];
      return [code, ...at.map((i) => code.slice(0, i)), ...at.map((i) => code.slice(0, i) + code.slice(i + 1))];
    });
    broken.push('const = 5;', 'let x: = 1;', 'const s = "unterminated;\n', 'const t = `open ${1 + ;', 'f(1, 2;', '}}', 'const r = /unterminated;', 'class { }', '@@');
    const syntaxErrorsOf = (ds: Awaited<ReturnType<typeof worker.getSyntacticDiagnostics>>) =>
      ds.map(({ start, length, code, category, messageText }) => ({ start, length, code, category, messageText }));
    let withErrors = 0;
    const differing: string[] = [];
    for (const code of broken) {
      setCode(code);
      const fromService = syntaxErrorsOf(await worker.getSyntacticDiagnostics(fileName));
      const fromTranspile = syntaxErrorsOf((await worker.transpile(fileName)).syntaxErrors);
      if (fromService.length > 0) withErrors++;
      if (JSON.stringify(fromTranspile) !== JSON.stringify(fromService)) differing.push(code.slice(0, 120));
    }
    expect(withErrors).toBeGreaterThan(500); // most cuts break the code
    expect(differing).toEqual([]);
  }, 240_000);

  test('leaves type errors in and types out', async () => {
    setCode('const n: number = "not a number";\nexport const twice = (x: number): number => x * 2;\n');
    const { js, map, syntaxErrors } = await worker.transpile(fileName);
    expect(syntaxErrors).toEqual([]); // a type error is not a syntax error
    expect(js).toContain('const n = "not a number";');
    expect(js).toContain('export const twice = (x) => x * 2;');
    expect(JSON.parse(map!).sources).toEqual(['exercise-x.ts']);
  });
});
