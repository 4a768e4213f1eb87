// The scrollable picture of a graph (role img, named "Computation graph …"): zoom, pan by dragging or
// scrolling, and taps on its boxes. A drawing opens on its root, as large as fits but never below readable.
import { fitScale, readableScale, scrollToRoot, zoomScroll, type Size } from './view-geometry.ts';

const ZOOM_STEP = 1.25;

export class GraphViewport {
  readonly element = document.createElement('div');
  private svg?: SVGSVGElement;
  private root?: Element;
  private rankdir: 'LR' | 'TB' = 'LR';
  private natural = { width: 400, height: 200 };
  /** The scale below which the drawing's text is too small to read. */
  private readable = 0.5;
  private scale = 1;
  /** fit: as much as fits at a readable size, fitted again when the drawing changes; manual: the learner's zoom. */
  private zoom: 'fit' | 'manual' = 'fit';

  constructor(title: string, onTap: (box: string) => void) {
    this.element.className = 'graph-viewport';
    this.element.setAttribute('role', 'img');
    this.element.setAttribute('aria-label', title);
    this.element.tabIndex = 0; // scrollable by keyboard
    this.busy('Drawing…');
    dragToPan(this.element, (target) => {
      const box = target.closest<SVGGElement>('g.node')?.dataset.box;
      if (box) onTap(box);
    });
  }

  busy(text?: string): void {
    this.element.setAttribute('aria-busy', 'true');
    if (text) this.element.textContent = text;
  }

  failed(message: string): void {
    this.element.removeAttribute('aria-busy');
    this.element.textContent = message;
  }

  /**
   * Shows a new drawing (after a collapse, say) at the zoom the learner chose, scrolled to its `root` box, the
   * value drawn: the graph flows towards it (`rankdir`), so that is where a learner starts reading.
   */
  show(svg: SVGSVGElement, root: Element | undefined, rankdir: 'LR' | 'TB'): void {
    this.element.removeAttribute('aria-busy');
    this.natural = { width: svg.width.baseVal.value || 400, height: svg.height.baseVal.value || 200 };
    // viz-js sizes the drawing in pt and its text in the same units: 14pt text is 18.7 px at scale 1.
    const units = svg.viewBox.baseVal?.width || this.natural.width;
    const fontSize = Number(svg.querySelector('g.node text')?.getAttribute('font-size')) || 14;
    this.readable = readableScale(fontSize, this.natural.width / units);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    this.svg = svg;
    this.root = root;
    this.rankdir = rankdir;
    this.element.replaceChildren(svg);
    if (this.zoom === 'fit') this.setScale(this.fitScale(), 'fit');
    else this.setScale(this.scale);
    this.showRoot();
  }

  zoomIn = () => this.zoomBy(ZOOM_STEP);
  zoomOut = () => this.zoomBy(1 / ZOOM_STEP);
  /** The whole graph if it fits at a readable size; otherwise readable, scrolled to the root. */
  fit = () => {
    this.setScale(this.fitScale(), 'fit');
    this.showRoot();
  };

  private fitScale(): number {
    return fitScale(this.room(), this.natural, this.readable);
  }

  /** The most the viewport can show: its width, and the height it may grow to (its max-height). */
  private room(): Size {
    const style = getComputedStyle(this.element);
    const padding = (a: string, b: string) => (parseFloat(a) || 0) + (parseFloat(b) || 0);
    const maxHeight = parseFloat(style.maxHeight);
    return {
      width: this.element.clientWidth - padding(style.paddingLeft, style.paddingRight),
      height: (Number.isFinite(maxHeight) ? maxHeight : window.innerHeight) - padding(style.paddingTop, style.paddingBottom) - padding(style.borderTopWidth, style.borderBottomWidth),
    };
  }

  private showRoot(): void {
    if (!this.root) return;
    const view = this.element.getBoundingClientRect();
    const box = this.root.getBoundingClientRect();
    // In the scrolled content's pixels: from the padding box's corner, plus what is scrolled away.
    const left = view.left + this.element.clientLeft - this.element.scrollLeft;
    const top = view.top + this.element.clientTop - this.element.scrollTop;
    const to = scrollToRoot(
      { width: this.element.clientWidth, height: this.element.clientHeight },
      { width: this.element.scrollWidth, height: this.element.scrollHeight },
      { left: box.left - left, top: box.top - top, right: box.right - left, bottom: box.bottom - top },
      this.rankdir,
    );
    this.element.scrollLeft = to.left;
    this.element.scrollTop = to.top;
  }

  /** Zooms about the middle of the view, so what the learner was looking at stays in front of them. */
  private zoomBy(ratio: number): void {
    const before = this.scale;
    const scroll = { left: this.element.scrollLeft, top: this.element.scrollTop };
    const content = { width: this.element.scrollWidth, height: this.element.scrollHeight };
    this.setScale(this.scale * ratio);
    const to = zoomScroll(scroll, { width: this.element.clientWidth, height: this.element.clientHeight }, content, this.scale / before);
    this.element.scrollLeft = to.left;
    this.element.scrollTop = to.top;
  }

  /** Scrolls just enough to show `targets` (a step's box and the boxes it feeds), or at least the first. */
  reveal(targets: readonly Element[]): void {
    const view = this.element.getBoundingClientRect();
    type Box = { left: number; top: number; right: number; bottom: number };
    const rects: Box[] = targets.map((t) => t.getBoundingClientRect());
    const all = rects.reduce((a: Box, b) => ({
      left: Math.min(a.left, b.left),
      top: Math.min(a.top, b.top),
      right: Math.max(a.right, b.right),
      bottom: Math.max(a.bottom, b.bottom),
    }));
    const margin = 16;
    const first = rects[0];
    if (all.right - all.left <= view.width) scrollInto(all.left, all.right, view.left, view.right, (d) => (this.element.scrollLeft += d));
    // Too wide: keep the step's box in view at the edge nearest the others, showing as many of them as fit.
    else if (all.left < first.left) this.element.scrollLeft += first.right - (view.right - margin);
    else this.element.scrollLeft += first.left - (view.left + margin);
    if (all.bottom - all.top <= view.height) scrollInto(all.top, all.bottom, view.top, view.bottom, (d) => (this.element.scrollTop += d));
    else scrollInto(first.top, first.bottom, view.top, view.bottom, (d) => (this.element.scrollTop += d));

    function scrollInto(start: number, end: number, viewStart: number, viewEnd: number, by: (d: number) => void) {
      if (start < viewStart) by(start - viewStart - margin);
      else if (end > viewEnd) by(end - viewEnd + margin);
    }
  }

  private setScale(next: number, zoom: typeof this.zoom = 'manual'): void {
    this.scale = Math.min(Math.max(next, 0.1), 8);
    this.zoom = zoom;
    if (!this.svg) return;
    this.svg.style.width = `${this.natural.width * this.scale}px`;
    this.svg.style.height = `${this.natural.height * this.scale}px`;
  }
}

/**
 * Drag with the mouse to pan (touch scrolls natively); a press that does not move is a tap. Nothing in the
 * drawing is ever selected as text (graph.css says so too): a drag, a double click or a long press pans or picks.
 */
function dragToPan(viewport: HTMLElement, onTap: (target: Element) => void): void {
  let start: { x: number; y: number; left: number; top: number; target: Element } | undefined;
  let moved = false;
  viewport.addEventListener('selectstart', (e) => e.preventDefault());
  viewport.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0) {
      if (e.pointerType !== 'mouse') onTapLater(e);
      return;
    }
    start = { x: e.clientX, y: e.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, target: e.target as Element };
    moved = false;
    viewport.setPointerCapture(e.pointerId);
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (!moved && Math.hypot(dx, dy) < 4) return;
    moved = true;
    viewport.classList.add('dragging');
    viewport.scrollLeft = start.left - dx;
    viewport.scrollTop = start.top - dy;
  });
  viewport.addEventListener('pointerup', () => {
    if (start && !moved) onTap(start.target);
    end();
  });
  viewport.addEventListener('pointercancel', () => end());
  function end() {
    start = undefined;
    viewport.classList.remove('dragging');
  }
  // A touch that lifts where it went down, without scrolling, is a tap too.
  function onTapLater(down: PointerEvent) {
    const target = down.target as Element;
    const scroll = { left: viewport.scrollLeft, top: viewport.scrollTop };
    viewport.addEventListener(
      'pointerup',
      () => {
        if (viewport.scrollLeft === scroll.left && viewport.scrollTop === scroll.top) onTap(target);
      },
      { once: true },
    );
  }
}
