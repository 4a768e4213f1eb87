// The grader's results and the ways it reports them: a table for people, gradebook.csv for a spreadsheet,
// JSON, and JUnit XML for CI.

export interface GradedCheck {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  /** For a failed hidden case: the smallest failing case, as code the learner can paste and run. */
  code?: string;
}

export interface GradedExercise {
  id: string;
  status: 'pass' | 'fail' | 'error';
  passed: number;
  total: number;
  /** Why nothing could be checked (does not compile, time limit, grading failed), when status is error. */
  message?: string;
  checks: GradedCheck[];
  seconds: number;
}

export interface LearnerReport {
  learner: string;
  /** The folder or .zip the answers came from. */
  source: string;
  /** What could not be graded: a broken zip, an unknown file. */
  problems: string[];
  /** How many exercises passed. */
  passed: number;
  graded: GradedExercise[];
}

export interface GradeReport {
  /** True when every learner passed every exercise they answered, without problems. */
  passed: boolean;
  /** The hidden cases' seed, the same for every answer: `--seed` with it grades the same cases again. */
  seed: number;
  /** The exercises, in course order: the gradebook's columns. */
  exercises: string[];
  learners: LearnerReport[];
  /** Answers checked, and the wall time from the first to the last (on every machine, when merged). */
  answers: number;
  seconds: number;
}

const CELL = { pass: 'pass', fail: 'fail', error: 'error' } as const;

/** gradebook.csv: learner, one column per exercise (pass, fail, error, or empty: no answer), passed, notes. */
export function gradebook(report: GradeReport): string {
  const rows = [['learner', ...report.exercises, 'passed', 'notes']];
  for (const l of report.learners) {
    const cells = report.exercises.map((id) => {
      const g = l.graded.find((x) => x.id === id);
      return g ? CELL[g.status] : '';
    });
    rows.push([l.learner, ...cells, String(l.passed), l.problems.join('; ')]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading = + - @ is defused, so a learner's name never runs as a spreadsheet formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/** One learner: a line per exercise and the first failure of each; a class: a line per learner. */
export function table(report: GradeReport, kind: 'class' | 'learner'): string {
  const out: string[] = [];
  if (kind === 'learner' && report.learners.length === 1) {
    const [l] = report.learners;
    out.push(...columns([['exercise', 'checks passed', 'status'], ...l.graded.map((g) => [g.id, `${g.passed}/${g.total}`, g.status])]));
    for (const g of l.graded) {
      const failed = g.checks.find((c) => c.status !== 'pass');
      const first = g.message ?? failed?.message;
      if (g.status !== 'pass' && first) out.push(`${g.id}: ${first}`);
      if (g.status !== 'pass' && failed?.code) out.push(failed.code.replace(/^/gm, '    '));
    }
    for (const p of l.problems) out.push(`not graded: ${p}`);
    out.push('', `${l.passed} of ${l.graded.length} exercises passed.`);
  } else {
    const rows = report.learners.map((l) => {
      const failed = l.graded.filter((g) => g.status !== 'pass').map((g) => g.id);
      return [l.learner, `${l.passed}/${report.exercises.length}`, failed.join(' '), l.problems.join('; ')];
    });
    out.push(...columns([['learner', 'passed', 'not passed', 'notes'], ...rows]));
    out.push('', `${report.learners.length} learners, ${report.answers} answers graded.`);
  }
  out.push(`Hidden cases from seed ${report.seed} (--seed ${report.seed} grades the same cases again).`);
  return out.join('\n');
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JUnit XML: a test suite per learner and exercise, a test case per check. */
export function junit(report: GradeReport): string {
  const suites = report.learners.flatMap((l) =>
    l.graded.map((g) => {
      const cases = g.checks.map((c) => {
        const body =
          c.status === 'pass'
            ? ''
            : c.status === 'fail'
              ? `<failure message="${xml(c.message ?? 'failed')}">${c.code ? xml(c.code) : ''}</failure>`
              : `<error message="${xml(g.message ?? c.message ?? 'not run')}"/>`;
        return `    <testcase classname="${xml(`${l.learner}.${g.id}`)}" name="${xml(c.name)}">${body}</testcase>`;
      });
      const failures = g.checks.filter((c) => c.status === 'fail').length;
      const errors = g.checks.filter((c) => c.status === 'error').length;
      return [
        `  <testsuite name="${xml(`${l.learner} › ${g.id}`)}" tests="${g.checks.length}" failures="${failures}" errors="${errors}" time="${g.seconds.toFixed(3)}">`,
        ...cases,
        '  </testsuite>',
      ].join('\n');
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="micrograd course exercises">\n${suites.join('\n')}\n</testsuites>\n`;
}
