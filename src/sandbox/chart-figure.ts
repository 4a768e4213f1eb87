// A chart drawn by plot(), plotBoundary() or heatmap(), rendered with Observable Plot (loaded with the first chart).
// Named "Chart: <title>" as an image; a chart with the same title as an earlier one is redrawn in place,
// at most once per animation frame, so a training loop can update it every step.
import type { ChartSpec } from './protocol.ts';

type PlotModule = typeof import('@observablehq/plot');
let plotLibrary: Promise<PlotModule> | undefined;

export class ChartFigure {
  readonly element: HTMLElement;
  /** The title, shown above the chart: two charts side by side (a loss with and without Adam) must say which is which. */
  private readonly caption: HTMLElement;
  private latest?: ChartSpec;
  private scheduled = false;

  constructor(title: string) {
    this.element = document.createElement('figure');
    this.element.className = 'chart';
    this.element.setAttribute('role', 'img');
    this.element.setAttribute('aria-label', `Chart: ${title}`);
    this.element.dataset.chartTitle = title;
    this.caption = document.createElement('figcaption');
    this.caption.textContent = title;
  }

  update(spec: ChartSpec): void {
    this.latest = spec;
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => void this.render());
  }

  private async render(): Promise<void> {
    const Plot = await (plotLibrary ??= import('@observablehq/plot'));
    this.scheduled = false;
    const spec = this.latest!;
    const width = Math.max(240, Math.min(this.element.clientWidth || 560, 640));
    const chart =
      spec.kind === 'line' ? lineChart(Plot, spec, width) : spec.kind === 'boundary' ? boundaryChart(Plot, spec, Math.min(width, 420)) : heatmapChart(Plot, spec, width);
    chart.setAttribute('aria-hidden', 'true'); // the figure's name says what it is
    this.element.replaceChildren(this.caption, chart);
    this.element.dataset.points = String(spec.kind === 'heatmap' ? spec.values.flat().length : spec.points.length);
  }
}

function lineChart(Plot: PlotModule, spec: Extract<ChartSpec, { kind: 'line' }>, width: number): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 220,
    style: { background: 'transparent', color: 'currentColor' },
    x: { label: spec.x },
    y: { label: spec.y, grid: true, ...flatDomain(spec.points.map((p) => p[1])) },
    marks: [Plot.line(spec.points, { x: '0', y: '1', stroke: 'var(--accent)' }), Plot.dot(spec.points.slice(-1), { x: '0', y: '1', fill: 'var(--accent)' })],
  });
}

/**
 * A line that never moves (a loss that does not train) gets a y axis around its value: left to itself, the scale
 * has one tick, labelled with every digit of the number and cut off at the chart's left edge.
 */
export function flatDomain(ys: number[]): { domain?: [number, number]; nice?: boolean } {
  const finite = ys.filter(Number.isFinite);
  const value = finite[0];
  if (value === undefined || finite.some((y) => y !== value)) return {};
  const half = Math.abs(value) / 10 || 1;
  return { domain: [value - half, value + half], nice: true };
}

function boundaryChart(Plot: PlotModule, spec: Extract<ChartSpec, { kind: 'boundary' }>, width: number): SVGSVGElement | HTMLElement {
  const { x0, x1, y0, y1, size, scores } = spec.grid;
  const points = spec.points.map(([x, y], i) => ({ x, y, label: spec.labels[i] > 0 ? 'class 1' : 'class -1' }));
  return Plot.plot({
    width,
    height: width,
    style: { background: 'transparent', color: 'currentColor' },
    x: { domain: [x0, x1], label: 'x' },
    y: { domain: [y0, y1], label: 'y' },
    color: { type: 'diverging', scheme: 'RdBu', domain: [-2, 2], clamp: true, legend: false },
    symbol: { legend: true },
    marks: [
      Plot.raster(scores, { width: size, height: size, x1: x0, x2: x1, y1: y0, y2: y1, fill: (d: number) => Math.max(-2, Math.min(2, d)), imageRendering: 'pixelated', opacity: 0.55 }),
      Plot.contour(scores, { width: size, height: size, x1: x0, x2: x1, y1: y0, y2: y1, thresholds: [0], stroke: 'currentColor', fill: null }),
      Plot.dot(points, { x: 'x', y: 'y', symbol: 'label', stroke: 'currentColor', fill: (d: { label: string }) => (d.label === 'class 1' ? '#2166ac' : '#b2182b'), r: 3.5 }),
    ],
  });
}

function heatmapChart(Plot: PlotModule, spec: Extract<ChartSpec, { kind: 'heatmap' }>, width: number): SVGSVGElement | HTMLElement {
  const cells = spec.values.flatMap((row, r) => row.map((value, c) => ({ row: spec.rows[r], col: spec.cols[c], value })));
  const all = cells.map((d) => d.value);
  const middle = (Math.min(...all) + Math.max(...all)) / 2; // dark cells get white numbers
  const size = Math.max(16, Math.min(36, Math.floor((width - 80) / Math.max(1, spec.cols.length))));
  return Plot.plot({
    width: 80 + size * spec.cols.length,
    height: 50 + size * spec.rows.length,
    marginLeft: 70,
    style: { background: 'transparent', color: 'currentColor' },
    x: { domain: spec.cols, label: spec.x || null, tickSize: 0 },
    y: { domain: spec.rows, label: spec.y || null, tickSize: 0 },
    color: { scheme: 'blues', legend: false },
    marks: [
      Plot.cell(cells, { x: 'col', y: 'row', fill: 'value', inset: 0.5 }),
      Plot.text(cells, { x: 'col', y: 'row', text: (d: { value: number }) => (size >= 28 ? d.value.toFixed(2) : ''), fill: (d: { value: number }) => (d.value > middle ? 'white' : 'black'), fontSize: 9 }),
    ],
  });
}
