import { expect, test } from 'vitest';
import { checkSandboxProps } from './sandbox-props.ts';

test('fills in defaults', () => {
  expect(checkSandboxProps({ id: 'seed-neuron', code: 'draw(o)', title: 'The neuron' })).toEqual({
    id: 'seed-neuron',
    code: 'draw(o)\n',
    title: 'The neuron',
    live: true,
    timeLimit: 5,
  });
});

test('lists every mistake with what was expected', () => {
  expect(() => checkSandboxProps({ id: 'Seed Neuron', code: '', live: 'yes' as never, timeLimit: -1 })).toThrow(
    '<Sandbox>: id must be lowercase letters, digits and dashes (like "seed-neuron"), got "Seed Neuron"; code must be the non-empty starting code; title must say what the sandbox is about; live must be true or false, got "yes"; timeLimit must be a number of seconds between 0 and 600, got -1.',
  );
});
