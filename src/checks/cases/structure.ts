/**
 * Structure of a built program, checked value by value in the worker: each step's value is a new object
 * (the op did not change its input and return it), its `prev` holds exactly its inputs (in any order; a
 * plain-number operand as a Value holding that number) and its `op` is the op's symbol. Reported as one
 * word per step, "ok" or what is wrong, so the page can compare it with all "ok".
 */
import { buildProgram, nameOf, type Op, type Program, type ValueClass, type ValueLike } from './expression-graphs.ts';

/**
 * Which ops to check, each with the `op` symbol its values must carry, or null where the exercise's prompt
 * names none (then only the inputs are checked). pow's symbol is written `**k`.
 */
export type CheckedOps = Partial<Record<Op, string | null>>;

/** Per step: "ok", or a sentence about that step's value. */
export function structureReport(program: Program, Value: ValueClass, checked: CheckedOps): string[] {
  const leafData = program.leaves.slice();
  const values = buildProgram(program, Value);
  const n = program.leaves.length;
  return program.steps.map((step, i) => {
    const out = values[n + i];
    const name = nameOf(n + i);
    if (!(step.op in checked)) return 'ok';
    if (!(out instanceof Value)) return `${name} is not a Value`;
    if (values.indexOf(out) !== n + i) return `${name} is the same object as ${nameOf(values.indexOf(out))}: an op must return a new Value`;
    if (step.a < n && values[step.a].data !== leafData[step.a]) return `${nameOf(step.a)}.data changed from ${leafData[step.a]} to ${values[step.a].data} when ${name} was made from it`;
    const prev = out.prev;
    if (!Array.isArray(prev)) return `${name}.prev is not a list of Values`;
    const wanted: Array<ValueLike | number> = [values[step.a]];
    if (step.b !== null) wanted.push(values[step.b]);
    else if (step.op !== 'pow' && step.k !== null) wanted.push(step.k);
    const remaining = [...(prev as unknown[])];
    for (const want of wanted) {
      const at = remaining.findIndex((p) => (typeof want === 'number' ? p instanceof Value && p.data === want : p === want));
      if (at < 0) {
        const what = typeof want === 'number' ? `a Value holding ${want}` : nameOf(values.indexOf(want));
        return `${name}.prev should hold ${wantedWords(wanted, values)}; ${what} is missing`;
      }
      remaining.splice(at, 1);
    }
    if (remaining.length > 0) return `${name}.prev should hold ${wantedWords(wanted, values)} and nothing else; it has ${prev.length} values`;
    const symbol = checked[step.op]?.replace('k', String(step.k));
    if (symbol != null && out.op !== symbol) return `${name}.op should be '${symbol}'; got ${JSON.stringify(out.op) ?? String(out.op)}`;
    return 'ok';
  });
}

const wantedWords = (wanted: Array<ValueLike | number>, values: ValueLike[]) =>
  wanted.map((w) => (typeof w === 'number' ? `a Value holding ${w}` : nameOf(values.indexOf(w)))).join(' and ');

/** The first problem in a structure report, or undefined when every step is "ok". */
export const firstProblem = (report: unknown): string | undefined =>
  Array.isArray(report) ? (report.find((r) => r !== 'ok') as string | undefined) : undefined;
