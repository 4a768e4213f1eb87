import { expect, test } from 'vitest';
import inert from './inert-fast-check.ts';

test("the worker's stand-in for fast-check takes the checks' arbitraries as they are built, and passes for nothing else", async () => {
  // What the checks modules do with fast-check when imported: build arbitraries, chained.
  const built = inert.record({ x: inert.integer({ min: 0 }) }).map((r: unknown) => r).filter(() => true);
  expect(inert.oneof({ weight: 1, arbitrary: built }, inert.constant(0))).toBe(inert);
  expect(new (inert.Arbitrary as unknown as new () => unknown)()).toBe(inert);
  // Neither a promise (awaiting it gives it back, it never hangs) nor a number or a string.
  expect(await inert).toBe(inert);
  expect(() => `${inert}`).toThrow(TypeError);
  expect(() => +inert).toThrow(TypeError);
});
