/**
 * Small datasets for the lessons, generated from a seed so every learner gets the same points.
 */
import { seededRandom } from './random.ts';

export interface Dataset {
  /** The points, [x, y] each. */
  xs: number[][];
  /** Their classes, -1 or 1 (micrograd's demo turns sklearn's 0/1 into ±1). */
  ys: number[];
}

/**
 * Two interleaving half-circles, like sklearn's `make_moons`: `n` points, Gaussian noise of standard deviation
 * `noise`. The upper moon is class -1, the lower one class 1.
 */
export function makeMoons(n: number, noise = 0.1, { seed = 0 } = {}): Dataset {
  const random = seededRandom(seed);
  // Box–Muller: a standard normal number from two uniform ones.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const outer = Math.floor(n / 2);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const upper = i < outer;
    const count = upper ? outer : n - outer;
    const t = (Math.PI * (upper ? i : i - outer)) / Math.max(count - 1, 1);
    const [x, y] = upper ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 1 - Math.sin(t) - 0.5];
    xs.push([x + noise * gaussian(), y + noise * gaussian()]);
    ys.push(upper ? -1 : 1);
  }
  return { xs, ys };
}
