// The grader's results and the three ways it reports them: a table for people, JSON, and JUnit XML for CI.

export interface GradedCheck {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  /** For a failed hidden case: the smallest failing case, as code the learner can paste and run. */
  code?: string;
}

export interface GradedExercise {
  id: string;
  file: string;
  status: 'pass' | 'fail' | 'error';
  passed: number;
  total: number;
  /** Why nothing could be checked (does not compile, time limit), when status is error. */
  message?: string;
  checks: GradedCheck[];
  seconds: number;
}

export interface GradeReport {
  passed: boolean;
  /** The hidden cases' seed, the same for every answer: `--seed` with it grades the same cases again. */
  seed: number;
  graded: GradedExercise[];
}

export function table(report: GradeReport): string {
  const rows = [['exercise', 'checks passed', 'status'], ...report.graded.map((g) => [g.id, `${g.passed}/${g.total}`, g.status])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  for (const g of report.graded) {
    const failed = g.checks.find((c) => c.status !== 'pass');
    const first = g.message ?? failed?.message;
    if (g.status !== 'pass' && first) out.push(`${g.id}: ${first}`);
    if (g.status !== 'pass' && failed?.code) out.push(failed.code.replace(/^/gm, '    '));
  }
  const done = report.graded.filter((g) => g.status === 'pass').length;
  out.push('', `${done} of ${report.graded.length} exercises passed.`, `Hidden cases from seed ${report.seed} (--seed ${report.seed} grades the same cases again).`);
  return out.join('\n');
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JUnit XML: a test suite per exercise, a test case per check. */
export function junit(report: GradeReport): string {
  const suites = report.graded.map((g) => {
    const cases = g.checks.map((c) => {
      const body =
        c.status === 'pass'
          ? ''
          : c.status === 'fail'
            ? `<failure message="${xml(c.message ?? 'failed')}">${c.code ? xml(c.code) : ''}</failure>`
            : `<error message="${xml(g.message ?? c.message ?? 'not run')}"/>`;
      return `    <testcase classname="${xml(g.id)}" name="${xml(c.name)}">${body}</testcase>`;
    });
    const failures = g.checks.filter((c) => c.status === 'fail').length;
    const errors = g.checks.filter((c) => c.status === 'error').length;
    return [
      `  <testsuite name="${xml(g.id)}" tests="${g.checks.length}" failures="${failures}" errors="${errors}" time="${g.seconds.toFixed(3)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="micrograd course exercises">\n${suites.join('\n')}\n</testsuites>\n`;
}
