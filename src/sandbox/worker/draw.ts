import type { Value } from '../../../engine/index.ts';

/** The accessible name of a drawn graph: what it is of, and how big. */
export function drawTitle(root: Value, nodes: number): string {
  const of = root.label ? ` of ${root.label}` : '';
  return `Computation graph${of} (${nodes} value${nodes === 1 ? '' : 's'})`;
}
