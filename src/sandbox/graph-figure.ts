// A drawn computation graph: the picture (role img, named "Computation graph …"), with zoom, pan (scroll or
// drag) and "Download SVG".
import type { GraphReply } from './graphviz/render-graph.ts';

const ZOOM_STEP = 1.25;

export function graphFigure(title: string, reply: Promise<GraphReply>): HTMLElement {
  const figure = document.createElement('div');
  figure.className = 'graph';
  const viewport = document.createElement('div');
  viewport.className = 'graph-viewport';
  viewport.setAttribute('role', 'img');
  viewport.setAttribute('aria-label', title);
  viewport.setAttribute('aria-busy', 'true');
  viewport.tabIndex = 0; // scrollable by keyboard
  viewport.textContent = 'Drawing…';
  const toolbar = document.createElement('div');
  toolbar.className = 'graph-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', `${title}: controls`);
  figure.append(viewport, toolbar);

  reply.then((result) => {
    viewport.removeAttribute('aria-busy');
    if ('error' in result) {
      viewport.textContent = `The graph could not be drawn: ${result.error}`;
      return;
    }
    const svg = parseSvg(result.svg);
    viewport.replaceChildren(svg);
    const natural = { width: svg.width.baseVal.value || 400, height: svg.height.baseVal.value || 200 };
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    let scale = 1;
    const setScale = (next: number) => {
      scale = Math.min(Math.max(next, 0.1), 8);
      svg.style.width = `${natural.width * scale}px`;
      svg.style.height = `${natural.height * scale}px`;
    };
    const fit = () => setScale(Math.min(1, (viewport.clientWidth - 8) / natural.width));
    fit();
    toolbar.append(
      button('Zoom in', () => setScale(scale * ZOOM_STEP)),
      button('Zoom out', () => setScale(scale / ZOOM_STEP)),
      button('Fit', fit),
      button('Download SVG', () => download(result.svg, 'computation-graph.svg')),
    );
    dragToPan(viewport);
  });
  return figure;
}

function parseSvg(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  for (const script of doc.querySelectorAll('script')) script.remove();
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true'); // the viewport's name describes it
  return svg;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function download(svg: string, name: string): void {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function dragToPan(viewport: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  viewport.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') return; // touch scrolls natively
    start = { x: e.clientX, y: e.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    viewport.setPointerCapture(e.pointerId);
    viewport.classList.add('dragging');
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!start) return;
    viewport.scrollLeft = start.left - (e.clientX - start.x);
    viewport.scrollTop = start.top - (e.clientY - start.y);
  });
  const end = () => {
    start = undefined;
    viewport.classList.remove('dragging');
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);
}
