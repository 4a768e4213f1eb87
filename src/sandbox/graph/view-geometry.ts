// How big a drawing is shown and where the viewport scrolls to: plain arithmetic on sizes and rectangles, so
// the rules (readable text, the root in view, zoom about the middle) are tested without a browser.

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in the scrolled content's pixels (0, 0 is the content's top left corner). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Scroll {
  left: number;
  top: number;
}

/** The smallest text a drawing is ever fitted to: below this, scrolling beats squinting. */
export const MIN_TEXT_PX = 11;

/** Room kept between a box scrolled to and the viewport's edge. */
const MARGIN_PX = 16;

/**
 * The least scale (1: the size Graphviz asked for) at which the drawing's text is MIN_TEXT_PX tall on screen.
 * `fontSize` is in the SVG's own units; `pxPerUnit` is how many CSS pixels one unit is at scale 1 (viz-js
 * writes sizes in pt, so 4/3).
 */
export function readableScale(fontSize: number, pxPerUnit: number): number {
  return MIN_TEXT_PX / (fontSize * pxPerUnit);
}

/**
 * The scale that shows the whole drawing in `room`, except that it never goes below `readable` (the rest is
 * scrolled to) and never above 1 (a small graph is not blown up).
 */
export function fitScale(room: Size, natural: Size, readable: number): number {
  const whole = Math.min(room.width / natural.width, room.height / natural.height);
  return Math.min(1, Math.max(readable, whole));
}

/**
 * Where to scroll so that `root` shows with as much of the graph as fits: the graph flows towards its root
 * (left to right, or top to bottom), so the root goes near the far edge along the flow and is centred across it.
 */
export function scrollToRoot(view: Size, content: Size, root: Rect, rankdir: 'LR' | 'TB'): Scroll {
  const x = rankdir === 'LR' ? towardsEnd : centred;
  const y = rankdir === 'LR' ? centred : towardsEnd;
  return {
    left: x(root.left, root.right, view.width, content.width),
    top: y(root.top, root.bottom, view.height, content.height),
  };
}

/** The scroll that keeps the middle of the view on the same spot of the drawing when its scale changes by `ratio`. */
export function zoomScroll(scroll: Scroll, view: Size, content: Size, ratio: number): Scroll {
  const keep = (offset: number, viewLength: number, contentLength: number) =>
    clamp((offset + viewLength / 2) * ratio - viewLength / 2, 0, contentLength * ratio - viewLength);
  return { left: keep(scroll.left, view.width, content.width), top: keep(scroll.top, view.height, content.height) };
}

/** The root's far end just inside the view; a root longer than the view shows from its start (its label). */
function towardsEnd(start: number, end: number, viewLength: number, contentLength: number): number {
  const offset = end - start + 2 * MARGIN_PX <= viewLength ? end + MARGIN_PX - viewLength : start - MARGIN_PX;
  return clamp(offset, 0, contentLength - viewLength);
}

function centred(start: number, end: number, viewLength: number, contentLength: number): number {
  const offset = end - start + 2 * MARGIN_PX <= viewLength ? (start + end - viewLength) / 2 : start - MARGIN_PX;
  return clamp(offset, 0, contentLength - viewLength);
}

function clamp(x: number, low: number, high: number): number {
  return Math.max(low, Math.min(x, Math.max(low, high)));
}
