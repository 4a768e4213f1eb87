/**
 * A seeded source of uniform numbers in [0, 1): mulberry32, which uses only 32-bit integer arithmetic
 * (Math.imul, >>>), so a seed gives the same sequence in Node and in every browser. Lessons rely on that to
 * quote the weights a learner will see.
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new TypeError(`seededRandom: the seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Python's `random.uniform(a, b)`: a + (b - a)·u. */
export function uniform(random: () => number, a: number, b: number): number {
  return a + (b - a) * random();
}
