// Steps in words, for the status line that a screen reader announces and everyone can read:
// "tanh: o.grad 1.0 × (1 - o²) 0.5 → n.grad += 0.5".
import type { DrawnGraph } from './drawn-graph.ts';
import type { Step } from './timeline.ts';

/** A number short enough to read aloud: 4 decimals at most, at least one (0.5, -3.0, 0.7071). */
export function shortNumber(x: number): string {
  if (x === 0) return '0.0';
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e6) return x.toExponential(3);
  const fixed = x.toFixed(4).replace(/0+$/, '');
  return fixed.endsWith('.') ? `${fixed}0` : fixed;
}

/** "1 step", "73 steps". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A value's name: its label, its part in a neuron, or "#12" (its place in the order it was computed). */
export function valueName(graph: DrawnGraph, i: number): string {
  const value = graph.values[i];
  return value.label || value.role || `#${i + 1}`;
}

/**
 * The sentences for one step: one for the value going forward, one per contribution going backward.
 * `earlier[i]` is how many contributions value i received before this step.
 */
export function stepSentences(graph: DrawnGraph, step: Step, earlier: readonly number[] = []): string[] {
  // "(x1*w1).grad", as the lesson writes it, where a label is an expression.
  const name = (i: number) => {
    const text = valueName(graph, i);
    return /^[\w#.]+$/.test(text) ? text : `(${text})`;
  };
  const value = graph.values[step.value];
  if (step.kind === 'forward') {
    const inputs = value.prev.map(name);
    const numbers = value.prev.map((c) => shortNumber(graph.values[c].data));
    return [`${valueName(graph, step.value)} = ${expression(value.op, inputs)} = ${expression(value.op, numbers)} = ${shortNumber(value.data)}`];
  }
  const seen = new Map<number, number>();
  return step.contributions.map((c, j) => {
    const formula = localFormula(value.op, name(step.value), value.prev.map(name), j);
    const local = Number(formula) === c.local ? formula : `${formula} ${shortNumber(c.local)}`;
    const nth = (seen.get(c.child) ?? earlier[c.child] ?? 0) + 1;
    seen.set(c.child, nth);
    const total = nth > 1 ? ` (its ${ordinal(nth)} contribution: now ${shortNumber(c.gradAfter)})` : '';
    return `${value.op}: ${name(step.value)}.grad ${shortNumber(step.upstream)} × ${local} → ${name(c.child)}.grad += ${shortNumber(c.amount)}${total}`;
  });
}

function expression(op: string, args: string[]): string {
  if ((op === '+' || op === '*') && args.length === 2) return `${args[0]} ${op} ${args[1]}`;
  if (op.startsWith('**') && args.length === 1) return `${args[0]}${op}`;
  return `${op}(${args.join(', ')})`;
}

/** How the op's local derivative d(out)/d(input j) is written: the lesson's formulas. */
function localFormula(op: string, out: string, inputs: string[], j: number): string {
  const input = inputs[j];
  if (op === '+') return '1';
  if (op === '*' && inputs.length === 2) return inputs[1 - j];
  if (op === 'tanh') return `(1 - ${out}²)`;
  if (op === 'exp') return out;
  if (op === 'ReLU' || op === 'relu') return `(${input} > 0)`;
  if (op === 'log') return `1/${input}`;
  if (op.startsWith('**')) {
    const k = Number(op.slice(2));
    return k === 2 ? `2·${input}` : `${k}·${input}^${k - 1}`;
  }
  return `d${out}/d${input}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
