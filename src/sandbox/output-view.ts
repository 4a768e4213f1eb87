// The Output region of a sandbox: what the learner's code printed and drew, in the order it did so.
import type { Problem } from './editor/code-editor.ts';
import { ChartFigure } from './chart-figure.ts';
import type { DrawnGraph } from './graph/drawn-graph.ts';
import { GraphExplorer } from './graph/graph-explorer.ts';
import type { ChartSpec, ControlSpec } from './protocol.ts';

/** One run's output. It replaces the previous run's on its first entry, so the output never flickers empty. */
export class RunOutput {
  private shown = false;
  private readonly entries = document.createDocumentFragment();
  private readonly charts = new Map<string, ChartFigure>();
  private readonly log: HTMLElement;

  constructor(log: HTMLElement) {
    this.log = log;
  }

  line(text: string, kind: 'log' | 'info' | 'warn' | 'error' | 'note' = 'log'): void {
    const line = document.createElement('pre');
    line.className = `out-line out-${kind}`;
    line.textContent = text;
    this.add(line);
  }

  problems(problems: readonly Problem[]): void {
    for (const p of problems) {
      const what = p.kind === 'syntax' ? 'Syntax error' : 'Type error';
      this.line(`${what} at line ${p.line}, column ${p.column}: ${p.message}`, p.kind === 'syntax' ? 'error' : 'warn');
    }
  }

  /** A graph's place is taken at once (keeping the order); the picture arrives when Graphviz has laid it out. */
  graph(graph: DrawnGraph): void {
    this.add(new GraphExplorer(graph).element);
  }

  /** A chart: new in its place in the output, or redrawn where it already is when the title repeats. */
  chart(title: string, spec: ChartSpec): void {
    let figure = this.charts.get(title);
    if (!figure) {
      figure = new ChartFigure(title);
      this.charts.set(title, figure);
      this.add(figure.element);
    }
    figure.update(spec);
  }

  /** A slider for a control() of the code: a labelled range input, its value beside it, `onInput` on each move. */
  control({ name, value, min, max, step }: ControlSpec, onInput: (value: number) => void): void {
    const label = document.createElement('label');
    label.className = 'out-control';
    const input = document.createElement('input');
    Object.assign(input, { type: 'range', min: String(min), max: String(max), step: String(step), value: String(value) });
    input.setAttribute('aria-label', name);
    const shown = document.createElement('output');
    shown.textContent = String(value);
    input.addEventListener('input', () => {
      shown.textContent = input.value;
      onInput(Number(input.value));
    });
    label.append(document.createTextNode(name), input, shown);
    this.add(label);
  }

  /** Shows this run's output even if it printed nothing. */
  finish(): void {
    if (!this.shown) this.show();
  }

  private add(node: Node): void {
    if (this.shown) this.log.append(node);
    else {
      this.entries.append(node);
      this.show();
    }
  }

  private show(): void {
    this.shown = true;
    this.log.replaceChildren(this.entries);
  }
}
