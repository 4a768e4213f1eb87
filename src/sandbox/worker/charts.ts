// plot(), plotBoundary() and heatmap() in the run worker: they turn the learner's numbers into chart specs for the page.
import { describe } from '../../../engine/value.ts';
import type { ChartSpec } from '../protocol.ts';

export interface BoundaryOptions {
  /** The model's score at a point; its sign is the predicted class. */
  predict: (x: number, y: number) => number;
  xs: number[][];
  ys: number[];
  /** Grid cells per side (default 40). */
  resolution?: number;
}

export function lineChart(title: unknown, values: unknown, options: { x?: string; y?: string } = {}): ChartSpec {
  checkTitle('plot', title);
  if (!Array.isArray(values)) throw new TypeError(`plot: expected an array of numbers or [x, y] pairs, got ${describe(values)}`);
  const points = values.map((v, i): [number, number] => {
    if (typeof v === 'number') return [i, v];
    if (Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number') return [v[0], v[1]];
    throw new TypeError(`plot: item ${i} should be a number or an [x, y] pair, got ${describe(v)}`);
  });
  return { kind: 'line', points, x: options.x ?? 'step', y: options.y ?? String(title) };
}

export function boundaryChart(title: unknown, { predict, xs, ys, resolution = 40 }: BoundaryOptions): ChartSpec {
  checkTitle('plotBoundary', title);
  if (typeof predict !== 'function') throw new TypeError(`plotBoundary: predict must be a function (x, y) => score, got ${describe(predict)}`);
  const [x0, x1] = range(xs.map((p) => p[0]));
  const [y0, y1] = range(xs.map((p) => p[1]));
  const size = Math.max(2, Math.min(Math.round(resolution), 120));
  const scores: number[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      scores.push(predict(x0 + ((col + 0.5) * (x1 - x0)) / size, y0 + ((row + 0.5) * (y1 - y0)) / size));
    }
  }
  return { kind: 'boundary', grid: { x0, x1, y0, y1, size, scores }, points: xs.map((p) => [p[0], p[1]]), labels: [...ys] };
}

export interface HeatmapOptions {
  /** The rows' names, top to bottom (default 0, 1, 2, …). */
  rows?: string[];
  /** The columns' names, left to right (default 0, 1, 2, …). */
  cols?: string[];
  /** The axes' labels. */
  x?: string;
  y?: string;
}

/** heatmap(title, values, options): values[row][col] as a grid of cells, e.g. attention weights (query × key). */
export function heatmapChart(title: unknown, values: unknown, { rows, cols, x = '', y = '' }: HeatmapOptions = {}): ChartSpec {
  checkTitle('heatmap', title);
  if (!Array.isArray(values) || values.length === 0) throw new TypeError(`heatmap: expected rows of numbers (number[][]), got ${describe(values)}`);
  const grid = values.map((row, r) => {
    if (!Array.isArray(row) || row.some((v) => typeof v !== 'number')) throw new TypeError(`heatmap: row ${r} should be an array of numbers, got ${describe(row)}`);
    return [...row] as number[];
  });
  const width = Math.max(...grid.map((row) => row.length));
  const names = (given: string[] | undefined, n: number) => Array.from({ length: n }, (_, i) => given?.[i] ?? String(i));
  return { kind: 'heatmap', values: grid, rows: names(rows, grid.length), cols: names(cols, width), x, y };
}

function checkTitle(fn: string, title: unknown): void {
  if (typeof title !== 'string') throw new TypeError(`${fn}: the first argument is the chart's title, a string; got ${describe(title)}`);
}

/** The data's range with a margin of a quarter of its size on each side. */
function range(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const margin = (hi - lo || 1) / 4;
  return [lo - margin, hi + margin];
}
