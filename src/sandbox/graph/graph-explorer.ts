// A drawn computation graph to explore: zoom and pan, inspect any box, collapse an MLP's neurons or layers,
// and, when draw() asked for it, step through the forward or backward pass. Graphviz lays the boxes out once
// per arrangement; a step only rewrites texts and marks, so the picture never moves while stepping.
import { dotFromBoxes, recordField } from '../../../engine/graph.ts';
import { renderGraph } from '../graphviz/render-graph.ts';
import { arrange, groupBoxId, valueBoxId, type Arrangement } from './arrangement.ts';
import { button, group } from './controls.ts';
import type { DrawnBackwardStep, DrawnGraph } from './drawn-graph.ts';
import { GraphViewport } from './graph-viewport.ts';
import { Inspector, type BoxChoice, type BoxDetails } from './inspector.ts';
import { count, shortNumber, stepSentences, valueName } from './step-words.ts';
import { Stepper } from './stepper.ts';
import { SvgGraph } from './svg-graph.ts';
import { shownAfter, stepsOf, type Shown, type Step } from './timeline.ts';

/** A record's "data …" or "grad …" field, as drawDot writes it; blank (—) where a step has not reached it. */
function field(name: 'data' | 'grad', x: number | undefined): string {
  return x === undefined ? `${name} —` : recordField(name, x);
}

export class GraphExplorer {
  readonly element = document.createElement('div');
  private readonly viewport: GraphViewport;
  private readonly inspector: Inspector;
  private stepper?: Stepper;
  private mode: DrawnGraph['step'];
  private steps: Step[];
  /** For each value, the groups (neuron, then layer) it belongs to. */
  private readonly groupsOf: number[][];
  /** The widest text each value's grad will show, so the layout leaves room for every step's. */
  private readonly gradRoom: string[];
  private done = 0;
  private shown: Shown;
  private collapsed = new Set<number>();
  private arrangement: Arrangement;
  private svg?: SvgGraph;
  private selected?: string;
  private layouts = 0;

  private readonly graph: DrawnGraph;

  constructor(graph: DrawnGraph) {
    this.graph = graph;
    this.element.className = 'graph-explorer';
    this.mode = graph.step;
    this.steps = stepsOf(graph, graph.step);
    this.shown = shownAfter(graph, this.steps, 0);
    this.groupsOf = graph.values.map(() => []);
    graph.groups.forEach((g, k) => g.members.forEach((m) => this.groupsOf[m].push(k)));
    this.gradRoom = graph.values.map((v) => field('grad', v.grad));
    for (const step of graph.backward) {
      this.widen(step.value, step.upstream);
      for (const c of step.contributions) this.widen(c.child, c.gradAfter);
    }
    const startCollapsed = graph.collapse === 'neurons' ? 'neuron' : graph.collapse === 'layers' ? 'layer' : undefined;
    graph.groups.forEach((g, k) => g.kind === startCollapsed && this.collapsed.add(k));

    this.viewport = new GraphViewport(graph.title, (box) => this.select(box));
    this.inspector = new Inspector(graph.title, (box) => this.select(box));
    const tools = group(
      'graph-toolbar',
      `${graph.title}: view`,
      button('Zoom in', this.viewport.zoomIn),
      button('Zoom out', this.viewport.zoomOut),
      button('Fit', this.viewport.fit),
      button('Download SVG', () => this.download()),
    );
    if (graph.groups.length > 0) {
      const kinds = new Set(graph.groups.map((g) => g.kind));
      if (kinds.has('neuron')) tools.append(button('Collapse neurons', () => this.collapseAll('neuron')));
      if (kinds.has('layer')) tools.append(button('Collapse layers', () => this.collapseAll('layer')));
      tools.append(button('Expand all', () => this.setCollapsed(new Set())));
    }
    this.element.append(this.viewport.element, tools, this.inspector.element);
    this.element.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLSelectElement) return;
      if (this.stepper?.handleKey(e)) e.preventDefault();
    });
    if (this.mode) this.startStepping(this.mode);
    else if (graph.backward.length > 0) {
      // Any drawing can become a step-through of backward(), not only those drawn with { step: true }.
      const start = button('Step through backward()', () => {
        start.remove();
        this.startStepping('backward');
        this.stepper?.focus();
      });
      tools.prepend(start);
    }
    this.arrangement = this.arrange();
    void this.layout();
  }

  // ---- stepping: texts and marks only ----

  private startStepping(mode: NonNullable<DrawnGraph['step']>): void {
    this.mode = mode;
    this.steps = stepsOf(this.graph, mode);
    this.stepper = new Stepper(this.steps.length, passName(mode), { go: (done) => this.go(done) });
    this.viewport.element.before(this.stepper.controls);
    this.viewport.element.after(this.stepper.status);
    this.go(0);
  }

  private go(done: number): void {
    this.done = done;
    this.shown = shownAfter(this.graph, this.steps, done);
    this.paint();
    this.announce();
  }

  private announce(): void {
    if (!this.stepper) return;
    const total = this.steps.length;
    if (this.done === 0) {
      const blank = this.mode === 'backward' ? 'every grad is blank' : 'only the inputs have values';
      return this.stepper.say(`${passName(this.mode)}, ${count(total, 'step')}: ${blank}. Press Step (or →) to begin.`, []);
    }
    const step = this.steps[this.done - 1];
    // Each value's contributions before this step: the counts now, less this step's own.
    const earlier = [...this.shown.contributions];
    if (step.kind === 'backward') for (const c of step.contributions) earlier[c.child]--;
    const group = this.arrangement.boxOf[step.value];
    const inside = group.startsWith('g') ? `, inside ${this.graph.groups[Number(group.slice(1))].name}` : '';
    const end = this.done === total ? ' That was the last step.' : '';
    const pass = step.kind === 'forward' ? 'forward' : 'backward';
    this.stepper.say(`Step ${this.done} of ${total} (${pass}${inside}).${end}`, stepSentences(this.graph, step, earlier));
  }

  /** Rewrites what changed: texts of data and grad, marks on the step's boxes and the selection, notes. */
  private paint(): void {
    const svg = this.svg;
    if (!svg) return;
    const { boxOf } = this.arrangement;
    const show = (box: string, value: number) => {
      const found = svg.box(box);
      if (!found) return;
      svg.setText(found.data, field('data', this.shown.data[value]));
      svg.setText(found.grad, field('grad', this.shown.grad[value]));
    };
    this.graph.values.forEach((_, i) => {
      if (boxOf[i] === valueBoxId(i)) show(boxOf[i], i);
    });
    for (const g of this.collapsed) {
      const output = this.graph.groups[g].output;
      if (output !== undefined && boxOf[output] === groupBoxId(g)) show(groupBoxId(g), output);
    }

    svg.clearMarks();
    const step = this.done > 0 ? this.steps[this.done - 1] : undefined;
    if (step) {
      const current = boxOf[step.value];
      svg.mark(current, 'is-current', true);
      if (step.kind === 'backward') {
        for (const [box, lines] of notesOf(step, boxOf)) {
          svg.mark(box, 'is-receiving');
          svg.note(box, lines);
        }
      } else {
        for (const child of this.graph.values[step.value].prev) if (boxOf[child] !== current) svg.mark(boxOf[child], 'is-operand');
      }
      const fed = step.kind === 'backward' ? step.contributions.map((c) => boxOf[c.child]) : this.graph.values[step.value].prev.map((c) => boxOf[c]);
      const shown = [current, ...fed].flatMap((id) => svg.box(id)?.element ?? []);
      if (shown.length > 0) this.viewport.reveal(shown);
    }
    if (this.selected) {
      svg.mark(this.selected, 'is-selected', true);
      for (const id of this.arrangement.inputs.get(this.selected) ?? []) svg.mark(id, 'is-input');
      for (const id of this.arrangement.users.get(this.selected) ?? []) svg.mark(id, 'is-user');
    }
    this.inspector.show(this.selected, this.selected ? this.details(this.selected) : undefined);
  }

  // ---- inspecting ----

  private select(box: string | undefined): void {
    this.selected = box && this.arrangement.inputs.has(box) ? box : undefined;
    this.paint();
  }

  private choice(box: string): BoxChoice {
    if (box.startsWith('g')) {
      const g = this.graph.groups[Number(box.slice(1))];
      return { id: box, text: `${g.name} (collapsed)` };
    }
    const i = Number(box.slice(1));
    const op = this.graph.values[i].op;
    return { id: box, text: op ? `${valueName(this.graph, i)} (${op})` : valueName(this.graph, i) };
  }

  private details(box: string): BoxDetails {
    const inputs = (this.arrangement.inputs.get(box) ?? []).map((id) => this.choice(id));
    const users = (this.arrangement.users.get(box) ?? []).map((id) => this.choice(id));
    const number = (x: number | undefined) => (x === undefined ? 'not yet computed' : shortNumber(x));
    if (box.startsWith('g')) {
      const g = Number(box.slice(1));
      const group = this.graph.groups[g];
      const facts = [`a ${group.kind} drawn as one box, standing for ${count(group.members.length, 'value')}`];
      if (group.output !== undefined) {
        facts.push(`its output ${valueName(this.graph, group.output)}: data ${number(this.shown.data[group.output])}`);
        facts.push(`grad ${number(this.shown.grad[group.output])}`);
      }
      return { heading: group.name, facts, inputs, users, actions: [{ label: `Expand ${group.name}`, run: () => this.toggle(g) }] };
    }
    const i = Number(box.slice(1));
    const value = this.graph.values[i];
    const facts = [
      value.op ? `made by ${value.op}` : 'a leaf',
      `data ${number(this.shown.data[i])}`,
      `grad ${number(this.shown.grad[i])}`,
    ];
    const received = this.shown.contributions[i];
    if (this.steps.length > 0 && received > 0) facts.push(`${count(received, 'contribution')} so far`);
    const actions = this.groupsOf[i].map((g) => ({ label: `Collapse ${this.graph.groups[g].name}`, run: () => this.toggle(g) }));
    return { heading: valueName(this.graph, i), facts, inputs, users, actions };
  }

  // ---- collapsing: a new arrangement, laid out again ----

  private toggle(g: number): void {
    const next = new Set(this.collapsed);
    if (next.has(g)) {
      next.delete(g);
      // Expanding a layer shows its neurons, not neurons collapsed inside it earlier.
      this.graph.groups.forEach((other, k) => other.layer === g && next.delete(k));
    } else next.add(g);
    this.setCollapsed(next);
  }

  private collapseAll(kind: 'neuron' | 'layer'): void {
    this.setCollapsed(new Set(this.graph.groups.flatMap((g, k) => (g.kind === kind ? [k] : []))));
  }

  private setCollapsed(next: Set<number>): void {
    const selectedValue = this.selected ? this.valueOf(this.selected) : undefined;
    this.collapsed = next;
    this.arrangement = this.arrange();
    if (selectedValue !== undefined) this.selected = this.arrangement.boxOf[selectedValue];
    void this.layout();
  }

  /** A value a box shows: its own, or a collapsed group's output. */
  private valueOf(box: string): number | undefined {
    if (box.startsWith('v')) return Number(box.slice(1));
    const g = this.graph.groups[Number(box.slice(1))];
    return g.output ?? g.members.at(-1);
  }

  private arrange(): Arrangement {
    const arrangement = arrange(this.graph, this.collapsed, {
      value: (i) => [valueName(this.graph, i), field('data', this.graph.values[i].data), this.gradRoom[i]],
      group: (g) => {
        const group = this.graph.groups[g];
        if (group.output === undefined) return [group.name, count(group.members.length, 'value')];
        return [group.name, field('data', this.graph.values[group.output].data), this.gradRoom[group.output]];
      },
    });
    this.inspector.setChoices(arrangement.boxes.map((b) => this.choice(b.id)));
    return arrangement;
  }

  private async layout(): Promise<void> {
    const layout = ++this.layouts;
    this.viewport.busy();
    const reply = await renderGraph(dotFromBoxes(this.arrangement.boxes, { rankdir: this.graph.rankdir }));
    if (layout !== this.layouts) return; // a newer arrangement was asked for meanwhile
    if ('error' in reply) return this.viewport.failed(`The graph could not be drawn: ${reply.error}`);
    const svg = new SvgGraph(parseSvg(reply.svg), this.noteLines());
    this.svg = svg;
    const root = svg.box(this.arrangement.boxOf[this.graph.values.length - 1])?.element;
    this.viewport.show(svg.svg, root, this.graph.rankdir);
    this.element.dataset.boxes = String(this.arrangement.boxes.length);
    this.paint();
    // After a collapse or an expand, the box it was done from (still selected) stays in view.
    const selected = this.selected && svg.box(this.selected)?.element;
    if (selected) this.viewport.reveal([selected]);
    this.announce();
  }

  /** The most "+= …" notes one step writes over one box of this arrangement (0 when nothing steps backward). */
  private noteLines(): number {
    if (this.mode === 'forward') return 0; // drawn to step forward only: no backward to turn to
    const lines = this.graph.backward.flatMap((step) => [...notesOf(step, this.arrangement.boxOf).values()].map((l) => l.length));
    return Math.max(0, ...lines);
  }

  private widen(value: number, grad: number): void {
    const text = field('grad', grad);
    if (text.length > this.gradRoom[value].length) this.gradRoom[value] = text;
  }

  private download(): void {
    if (!this.svg) return; // still drawing
    const text = new XMLSerializer().serializeToString(this.svg.svg);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'computation-graph.svg' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A backward step's notes: for each box that receives a contribution, one "+= …" line per contribution. */
function notesOf(step: DrawnBackwardStep, boxOf: readonly string[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const c of step.contributions) {
    const box = boxOf[c.child];
    if (box === boxOf[step.value]) continue; // inside one collapsed box
    notes.set(box, [...(notes.get(box) ?? []), `+= ${shortNumber(c.amount)}`]);
  }
  return notes;
}

function passName(mode: DrawnGraph['step']): string {
  return mode === 'forward' ? 'Forward pass' : mode === 'both' ? 'Forward and backward pass' : 'Backward pass';
}

function parseSvg(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  for (const script of doc.querySelectorAll('script')) script.remove();
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true'); // the viewport's name describes it; the inspector reads it out
  return svg;
}
