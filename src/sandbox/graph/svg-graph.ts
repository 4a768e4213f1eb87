// The boxes of a Graphviz drawing, found by the names the DOT gave them ('v3', 'v3_op', 'g1'), so that a step
// can change their text and marks in place: restyling, never laying out again.
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgBox {
  element: SVGGElement;
  /** The record's "data …" and "grad …" texts (a layer box has neither). */
  data?: SVGTextElement;
  grad?: SVGTextElement;
}

export class SvgGraph {
  readonly svg: SVGSVGElement;
  private readonly boxes = new Map<string, SvgBox>();
  private readonly marked = new Set<Element>();
  private readonly notes: SVGGElement;

  constructor(svg: SVGSVGElement) {
    this.svg = svg;
    for (const element of svg.querySelectorAll<SVGGElement>('g.node')) {
      const id = element.querySelector('title')?.textContent ?? '';
      const texts = () => [...element.querySelectorAll('text')];
      // The last texts: a label could itself start with 'data '.
      const field = (prefix: string) => texts().reverse().find((t) => t.textContent?.startsWith(prefix));
      element.dataset.box = id;
      this.boxes.set(id, { element, data: field('data '), grad: field('grad ') });
    }
    this.notes = document.createElementNS(SVG_NS, 'g');
    this.notes.setAttribute('class', 'contribution-notes');
    (svg.querySelector('g.graph') ?? svg).append(this.notes);
  }

  box(id: string): SvgBox | undefined {
    return this.boxes.get(id);
  }

  /** Sets a text only when it changed: most of a step's values keep theirs. */
  setText(text: SVGTextElement | undefined, content: string): void {
    if (text && text.textContent !== content) text.textContent = content;
  }

  /** Adds a mark (a CSS class: a thicker or dashed outline, never colour alone) to a box, and its op node. */
  mark(id: string, mark: string, withOp = false): void {
    for (const element of [this.boxes.get(id)?.element, withOp ? this.boxes.get(`${id}_op`)?.element : undefined]) {
      if (!element) continue;
      element.classList.add(mark);
      this.marked.add(element);
    }
  }

  clearMarks(): void {
    for (const element of this.marked) element.classList.remove('is-current', 'is-receiving', 'is-operand', 'is-selected', 'is-input', 'is-user');
    this.marked.clear();
    this.notes.replaceChildren();
  }

  /** Writes short notes ("+= -1.5") just above a box, one line per note, on top of the drawing. */
  note(id: string, lines: string[]): void {
    const shape = this.boxes.get(id)?.element.querySelector('polygon, ellipse, path');
    if (!shape || lines.length === 0) return;
    const box = (shape as SVGGraphicsElement).getBBox();
    lines.forEach((line, k) => {
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(box.x + box.width));
      text.setAttribute('y', String(box.y - 3 - (lines.length - 1 - k) * 12));
      text.setAttribute('text-anchor', 'end');
      text.setAttribute('class', 'contribution-note');
      text.textContent = line;
      this.notes.append(text);
    });
  }
}
