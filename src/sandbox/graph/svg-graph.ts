// The boxes of a Graphviz drawing, found by the names the DOT gave them ('v3', 'v3_op', 'g1'), so that a step
// can change their text and marks in place: restyling, never laying out again.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A note's line height, in the drawing's units; graph.css gives its text a size that fits. */
const NOTE_LINE = 16;

export interface Room {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Room to add around Graphviz's drawing (its own pad is 4 units): all round, for the 4-unit outlines of marked
 * boxes; above, for up to `noteLines` lines of notes over a box in the top row. Fixed when the drawing is laid
 * out, so that stepping never resizes it.
 */
export function roomFor(noteLines: number): Room {
  return { top: 4 + noteLines * NOTE_LINE, right: 4, bottom: 4, left: 4 };
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `viewBox` grown by `room` on each side. */
export function withRoom(viewBox: ViewBox, room: Room): ViewBox {
  return {
    x: viewBox.x - room.left,
    y: viewBox.y - room.top,
    width: viewBox.width + room.left + room.right,
    height: viewBox.height + room.top + room.bottom,
  };
}

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

  /** `noteLines`: the most lines of notes a step will write over one box. */
  constructor(svg: SVGSVGElement, noteLines: number) {
    this.svg = svg;
    makeRoom(svg, roomFor(noteLines));
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
      text.setAttribute('y', String(box.y - 5 - (lines.length - 1 - k) * NOTE_LINE));
      text.setAttribute('text-anchor', 'end');
      text.setAttribute('class', 'contribution-note');
      text.textContent = line;
      this.notes.append(text);
    });
  }
}

/** Grows the drawing by `room`, and its size in proportion (viz-js gives it in pt). The room is the page's background. */
function makeRoom(svg: SVGSVGElement, room: Room): void {
  const box = svg.viewBox.baseVal;
  if (!box || box.width === 0) return;
  const grown = withRoom(box, room);
  for (const [name, before, after] of [['width', box.width, grown.width], ['height', box.height, grown.height]] as const) {
    const size = /^([\d.]+)([a-z]*)$/.exec(svg.getAttribute(name) ?? '');
    if (size) svg.setAttribute(name, `${(Number(size[1]) * after) / before}${size[2]}`);
  }
  svg.setAttribute('viewBox', `${grown.x} ${grown.y} ${grown.width} ${grown.height}`);
}
