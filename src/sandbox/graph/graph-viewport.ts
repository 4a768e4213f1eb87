// The scrollable picture of a graph (role img, named "Computation graph …"): zoom, pan by dragging or
// scrolling, and taps on its boxes.
const ZOOM_STEP = 1.25;
const MIN_AUTO_SCALE = 0.65;

export class GraphViewport {
  readonly element = document.createElement('div');
  private svg?: SVGSVGElement;
  private natural = { width: 400, height: 200 };
  private scale = 1;
  /** auto: fit the width, but not below a readable size (scrolling beats squinting); fit: the whole graph. */
  private zoom: 'auto' | 'fit' | 'manual' = 'auto';

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

  /** Shows a new drawing (after a collapse, say) at the zoom the learner chose. */
  show(svg: SVGSVGElement): void {
    this.element.removeAttribute('aria-busy');
    this.natural = { width: svg.width.baseVal.value || 400, height: svg.height.baseVal.value || 200 };
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    this.svg = svg;
    this.element.replaceChildren(svg);
    if (this.zoom === 'auto') this.setScale(Math.max(MIN_AUTO_SCALE, this.fitScale()), 'auto');
    else if (this.zoom === 'fit') this.fit();
    else this.setScale(this.scale);
  }

  zoomIn = () => this.setScale(this.scale * ZOOM_STEP);
  zoomOut = () => this.setScale(this.scale / ZOOM_STEP);
  fit = () => this.setScale(this.fitScale(), 'fit');

  private fitScale(): number {
    return Math.min(1, (this.element.clientWidth - 8) / this.natural.width);
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

/** Drag with the mouse to pan (touch scrolls natively); a press that does not move is a tap. */
function dragToPan(viewport: HTMLElement, onTap: (target: Element) => void): void {
  let start: { x: number; y: number; left: number; top: number; target: Element } | undefined;
  let moved = false;
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
