import { expect, test } from 'vitest';
import { roomFor, withRoom } from './svg-graph.ts';

test('a drawing gets room above for the notes a step writes, and all round for thick outlines', () => {
  const box = { x: 0, y: 0, width: 466, height: 45 };
  const oneLine = withRoom(box, roomFor(1));
  const twoLines = withRoom(box, roomFor(2));
  // Above: a 14-unit line of notes, 5 units over a box that Graphviz put 4 units from the top.
  expect(-oneLine.y + 4).toBeGreaterThanOrEqual(5 + 14);
  expect(twoLines.y).toBeLessThan(oneLine.y - 14); // a second line above the first
  // All round: half of a 4-unit outline, beyond Graphviz's own 4 units of pad.
  expect(oneLine.x).toBeLessThanOrEqual(-2);
  expect(oneLine.x + oneLine.width).toBeGreaterThanOrEqual(466 + 2);
  expect(oneLine.y + oneLine.height).toBeGreaterThanOrEqual(45 + 2);
  // A drawing that never steps backward has no notes: only the outlines' room.
  expect(withRoom(box, roomFor(0)).y).toBe(-4);
});
