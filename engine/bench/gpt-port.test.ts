// The course's GPT (engine/gpt/) against a plain-Python port of the same model (gpt_port.py), from the same
// initial weights: the same losses, step after step.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decayedLearningRate, trainStep } from '../index.ts';
import { gptWorkload, portSetup } from './gpt-setup.ts';

describe('training', () => {
  test('20 steps on the names give the same losses as the Python port from the same weights, to 1e-12', () => {
    const { names, tokenizer, model, optimizer } = gptWorkload();
    const sequences = names.slice(0, 20).map((n) => tokenizer.encode(n));
    const dir = mkdtempSync(join(tmpdir(), 'gpt-port-'));
    try {
      const setup = join(dir, 'setup.json');
      writeFileSync(setup, JSON.stringify(portSetup(model, sequences, 1000)));
      const ours = sequences.map((tokens, step) => trainStep(model, optimizer, tokens, decayedLearningRate(0.01, step, 1000)));
      const port = spawnSync('python3', [join(import.meta.dirname, 'gpt_port.py'), setup], { encoding: 'utf8' });
      expect(port.error?.message ?? port.stderr, 'python3 runs the port').toBe('');
      const theirs = (JSON.parse(port.stdout) as { losses: number[] }).losses;
      expect(theirs).toHaveLength(20);
      ours.forEach((loss, i) => expect(Math.abs(loss - theirs[i]) / theirs[i], `step ${i + 1}: ${loss} vs ${theirs[i]}`).toBeLessThan(1e-12));
      expect(ours[19]).toBeLessThan(ours[0]); // and it learns
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

});
