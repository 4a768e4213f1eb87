// An exercise's extras on top of its sandbox: Check with the list of results, hints one at a time,
// the reference solution beside the learner's code, and completion saved as progress.
import type { CheckRun } from '../checks/define.ts';
import { errorRun, notRun } from '../checks/judge.ts';
import { checkSeed, prepareCheckWorker, runChecks } from '../checks/run-checks.ts';
import type { Compiled } from '../sandbox/editor/monaco.ts';
import { learnerPosition } from '../sandbox/error-position.ts';
import { loadChecks } from './checks-registry.ts';
import { EXERCISE_COMPLETED, progressStore } from './progress.ts';

export interface ExerciseContext {
  exercise: string;
  timeLimitMs: number;
  compile: () => Promise<Compiled>;
}

/** Sets up hints and the solution; returns Check, which sandbox-element.ts calls when Check is pressed. */
export function mountExercise(root: HTMLElement, { exercise, timeLimitMs, compile }: ExerciseContext): () => Promise<void> {
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  const checkButton = part<HTMLButtonElement>('check');
  const list = part<HTMLOListElement>('checks');
  const summary = part('checks-summary');
  const status = part('status');
  const progress = progressStore();
  // The first Check's worker starts while the learner reads and types, once the page is idle.
  (globalThis.requestIdleCallback ?? setTimeout)(() => prepareCheckWorker(exercise));

  async function check(): Promise<void> {
    checkButton.disabled = true;
    status.textContent = 'Checking…';
    try {
      const compiled = await compile();
      let run: CheckRun;
      if (compiled.js === undefined) {
        const first = compiled.syntaxErrors[0];
        const where = first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : '';
        run = errorRun(await loadChecks(exercise), `Your code does not compile: syntax error${where}`);
      } else {
        run = await runChecks(exercise, compiled.js, {
          timeLimitMs,
          seed: checkSeed(),
          where: (stack) => {
            const at = learnerPosition(stack, compiled.map);
            return at ? ` (line ${at.line}, column ${at.column})` : '';
          },
        });
      }
      show(run);
      progress.recordCheck(exercise, run.status); // for the hand-in's manifest
      if (run.status === 'pass') {
        progress.markCompleted(exercise);
        document.dispatchEvent(new CustomEvent(EXERCISE_COMPLETED, { detail: exercise }));
        part('completed').hidden = false;
      }
      status.textContent = '';
    } finally {
      checkButton.disabled = false;
    }
  }

  function show(run: CheckRun): void {
    const passed = run.checks.filter((c) => c.status === 'pass').length;
    summary.textContent =
      run.status === 'pass'
        ? `All ${run.checks.length} checks passed. Exercise complete!`
        : run.status === 'error'
          ? run.message!
          : `${passed} of ${run.checks.length} checks passed. The first failure is where to look next.`;
    summary.dataset.status = run.status;
    list.replaceChildren(
      ...run.checks.map((c) => {
        const item = document.createElement('li');
        item.dataset.status = c.status;
        const verdict = c.status === 'pass' ? '✓ Passed:' : c.status === 'fail' ? '✗ Failed:' : '✗ Not run:';
        item.append(element('span', 'verdict', verdict), ' ', element('span', 'name', c.name));
        if (c.message && c.message !== notRun(c.name).message) item.append(element('p', 'message', c.message));
        if (c.code) {
          const code = element('pre', 'case', '');
          code.append(element('code', '', c.code));
          code.setAttribute('aria-label', 'The failing case, as code to paste and run');
          code.tabIndex = 0; // a long line scrolls: the keyboard must reach it
          item.append(code);
        }
        return item;
      }),
    );
    list.hidden = false;
  }


  // Hints, one at a time.
  const hintButton = part<HTMLButtonElement>('hint');
  const hints = [...part('hints').querySelectorAll<HTMLLIElement>('li')];
  const label = () => {
    const shown = hints.filter((h) => !h.hidden).length;
    hintButton.disabled = shown === hints.length;
    hintButton.textContent = shown === hints.length ? 'All hints shown' : `Show hint ${shown + 1} of ${hints.length}`;
  };
  label();
  hintButton.addEventListener('click', () => {
    const next = hints.find((h) => h.hidden);
    if (!next) return;
    next.hidden = false;
    part('hints').hidden = false;
    label();
    next.focus();
  });

  // The reference solution, beside the learner's code; never into it.
  const solutionButton = part<HTMLButtonElement>('solution-toggle');
  const solution = part('solution');
  solutionButton.addEventListener('click', () => {
    solution.hidden = !solution.hidden;
    root.classList.toggle('with-solution', !solution.hidden);
    solutionButton.textContent = solution.hidden ? 'Show solution' : 'Hide solution';
    solutionButton.setAttribute('aria-expanded', String(!solution.hidden));
  });

  return check;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}
