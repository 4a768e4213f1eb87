/**
 * A recording of the real backward pass, step by step, for showing it happen: which node passed its
 * gradient on at each step, the local derivative and upstream gradient that made each contribution, and every
 * child's gradient right after. Recorded from Value.backward itself, not recomputed.
 */
import type { Value } from './value.ts';

export interface Contribution {
  child: Value;
  /** d(node)/d(child). */
  local: number;
  /** local × the node's gradient: what was added to child.grad. */
  amount: number;
  /** child.grad after this contribution (a value used twice gets two contributions). */
  gradAfter: number;
}

export interface BackwardStep {
  node: Value;
  /** The node's gradient when it passed it on: d(root)/d(node). */
  upstream: number;
  contributions: Contribution[];
}

/** Runs root.backward() and returns its steps, in the order the pass took them (reverse topological). */
export function traceBackward(root: Value): BackwardStep[] {
  const steps: BackwardStep[] = [];
  root.backward((node, local) => {
    // onStep runs just before the node passes its gradient on: replay the same additions the engine is about
    // to make, so a value used twice shows its running total.
    const running = new Map<Value, number>();
    const contributions = node.prev.map((child, j) => {
      const amount = local[j] * node.grad;
      const gradAfter = (running.get(child) ?? child.grad) + amount;
      running.set(child, gradAfter);
      return { child, local: local[j], amount, gradAfter };
    });
    steps.push({ node, upstream: node.grad, contributions });
  });
  return steps;
}
