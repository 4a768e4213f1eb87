// Every piece of code a learner is given (each sandbox's starting code, each exercise's starter, solution and
// known wrong answers) type-checks against the declarations the editor uses, so no lesson opens with a squiggle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

test('all lesson and exercise code type-checks in the sandbox scope', () => {
  execFileSync(process.execPath, [join(root, 'src/sandbox/types/generate-engine-types.ts')], { cwd: root });
  const dir = mkdtempSync(join(tmpdir(), 'learner-code-'));
  try {
    const config = {
      compilerOptions: {
        target: 'ESNext',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ESNext', 'WebWorker'],
        types: [],
        strict: true,
        noEmit: true,
        moduleDetection: 'force',
        allowImportingTsExtensions: true,
        skipLibCheck: true,
      },
      files: [join(root, 'src/sandbox/types/generated/engine-globals.d.ts')],
      include: [join(root, 'content/lessons/*/sandboxes/*.ts'), join(root, 'content/exercises/*/{starter,solution}.ts'), join(root, 'content/exercises/*/wrong/*.ts')],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    let output = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toBe('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
