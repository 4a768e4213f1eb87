import { describe, expect, test } from 'vitest';
import { MIN_TEXT_PX, fitScale, readableScale, scrollToRoot, zoomScroll } from './view-geometry.ts';

// viz-js's drawings: 14pt text, 4/3 px to a pt at scale 1 (18.7 px text).
const readable = readableScale(14, 4 / 3);

describe('the scale a drawing is fitted to', () => {
  test('is readable: its 14pt text is never drawn smaller than MIN_TEXT_PX', () => {
    expect(14 * (4 / 3) * readable).toBeCloseTo(MIN_TEXT_PX, 10);
    expect(MIN_TEXT_PX).toBeGreaterThanOrEqual(11);
  });

  test("the lecture's neuron (1575 × 210 pt) in a 1000 px sandbox: readable, not the 5 px that fits it all", () => {
    const natural = { width: 1575 * (4 / 3), height: 210 * (4 / 3) };
    expect(fitScale({ width: 1000, height: 500 }, natural, readable)).toBe(readable);
    expect(fitScale({ width: 350, height: 500 }, natural, readable)).toBe(readable); // a phone: the same, scrolled
  });

  test('shows the whole graph when it fits at a readable size, by its width or its height', () => {
    expect(fitScale({ width: 1000, height: 500 }, { width: 1400, height: 200 }, readable)).toBeCloseTo(1000 / 1400, 10);
    expect(fitScale({ width: 1000, height: 500 }, { width: 800, height: 700 }, readable)).toBeCloseTo(500 / 700, 10);
  });

  test('never blows a small graph up', () => {
    expect(fitScale({ width: 1000, height: 500 }, { width: 300, height: 60 }, readable)).toBe(1);
    expect(fitScale({ width: 1000, height: 500 }, { width: 300, height: 60 }, 1.5)).toBe(1);
  });
});

describe('the first view of a graph', () => {
  const view = { width: 1000, height: 400 };

  test('left to right: the root near the right edge, centred vertically', () => {
    const content = { width: 3000, height: 1200 };
    const root = { left: 2800, top: 500, right: 2980, bottom: 530 };
    const { left, top } = scrollToRoot(view, content, root, 'LR');
    expect(left).toBe(2980 + 16 - 1000); // the root at the right, and as much as fits to its left
    expect(top).toBe(315);
    expect(root.left - left).toBeGreaterThanOrEqual(0);
    expect(root.right - left).toBeLessThanOrEqual(view.width);
    expect(root.top - top).toBeGreaterThan(0);
    expect(root.bottom - top).toBeLessThan(view.height);
  });

  test('top to bottom: the root near the bottom edge, centred across', () => {
    const content = { width: 3000, height: 1200 };
    const root = { left: 1400, top: 1150, right: 1580, bottom: 1180 };
    expect(scrollToRoot(view, content, root, 'TB')).toEqual({ left: 990, top: 1180 + 16 - 400 });
  });

  test('a drawing smaller than the view does not scroll', () => {
    expect(scrollToRoot(view, { width: 800, height: 200 }, { left: 600, top: 80, right: 790, bottom: 110 }, 'LR')).toEqual({ left: 0, top: 0 });
  });

  test('a root wider than the view shows from its start, where its label is', () => {
    const root = { left: 2000, top: 0, right: 3200, bottom: 30 };
    expect(scrollToRoot(view, { width: 3300, height: 400 }, root, 'LR').left).toBe(2000 - 16);
  });
});

test('zooming keeps the middle of the view on the same spot of the drawing', () => {
  const view = { width: 1000, height: 400 };
  const content = { width: 4000, height: 1000 };
  const scroll = { left: 1000, top: 200 }; // the middle is at (1500, 400)
  const zoomed = zoomScroll(scroll, view, content, 1.25);
  expect(zoomed.left + view.width / 2).toBe(1500 * 1.25);
  expect(zoomed.top + view.height / 2).toBe(400 * 1.25);
  // Zooming out near an edge stops at the edge instead of scrolling past it.
  expect(zoomScroll({ left: 0, top: 0 }, view, content, 0.8)).toEqual({ left: 0, top: 0 });
  expect(zoomScroll({ left: 3000, top: 600 }, view, content, 0.8)).toEqual({ left: 2200, top: 400 });
});
