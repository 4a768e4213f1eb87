// The grading tests' fixtures. Each Playwright worker keeps one page open per lesson, the editors of the
// exercises it grades started, and checks answer after answer in them: opening the lesson and starting Monaco is
// most of what a fresh page costs, while each Check already runs in a fresh worker of its own, so answers never
// meet. A page that failed
// (crashed, hung) is thrown away, and Playwright's retry gets a fresh one.
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { exerciseFiles, type ExerciseFile } from '../exercises.ts';
import { holdSandboxes } from '../hold-sandboxes.ts';
import { readPlan } from './plan.ts';
import type { GradedCheck, GradedExercise } from './report.ts';

export const FRESH_ENV = 'MICROGRAD_GRADING_FRESH';

/** How long one answer may take to be checked, beyond the page's own time limit on the checks (10 s). */
const ANSWER_TIMEOUT_MS = 60_000;

export interface GradingOptions {
  seed: number;
  /** The way grading was done before warm pages: a fresh browser context per answer (for grade:bench). */
  freshContextPerAnswer: boolean;
}

class ExercisePage {
  readonly page: Page;
  private readonly box: Locator;

  private constructor(page: Page, box: Locator) {
    this.page = page;
    this.box = box;
  }

  /**
   * The exercise on its lesson's page, opened in `context` if no exercise of that lesson has been graded yet
   * (`lessonPages`): one page, one editor worker and one TypeScript program for all of a lesson's exercises.
   */
  static async open(context: BrowserContext, lessonPages: Map<string, Page>, exercise: ExerciseFile, seed: number): Promise<ExercisePage> {
    let page = lessonPages.get(exercise.lesson);
    if (!page) {
      page = await context.newPage();
      await page.goto(`lessons/${exercise.lesson}/?check-seed=${seed}#exercise-${exercise.id}`);
      lessonPages.set(exercise.lesson, page);
    }
    // Found by its id, not by role and name: a role query walks the whole (long) lesson page, and this locator
    // is used several times per answer. The role and name are still what the site's e2e tests hold.
    const box = page.locator(`mg-sandbox#exercise-${exercise.id} > section`);
    // Nothing activates by scrolling here (newContext): a click on the code starts this exercise's editor.
    await box.locator('[data-part="editor"]').click();
    await box.locator('.monaco-editor .view-lines').waitFor({ timeout: ANSWER_TIMEOUT_MS });
    // The answer is checked, not run: "Run again as I type" is off (set for the whole context).
    await expect(box.getByRole('checkbox', { name: 'Run again as I type' })).not.toBeChecked();
    return new ExercisePage(page, box);
  }

  /**
   * Puts `code` in the editor as a paste, presses Check and reads the verdict off the page. The editor gets the
   * keyboard's focus and Select All from Playwright, as a learner's click and Ctrl/Cmd+A; the paste, the press of
   * Check and the reading of its verdict are one round trip into the page (each answer is otherwise a dozen).
   */
  async check(exercise: ExerciseFile, code: string): Promise<Omit<GradedExercise, 'seconds'>> {
    const { page, box } = this;
    await box.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    const seen = await box.evaluate(
      async (section, { code, timeoutMs }) => {
        const pasted = new DataTransfer();
        pasted.setData('text/plain', code);
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
        const summary = section.querySelector<HTMLElement>('[data-part="checks-summary"]')!;
        // The page writes a verdict in one go (text, status, list); the first change after Check is the new one.
        const verdict = new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(true);
          });
          observer.observe(summary, { attributes: true, childList: true, characterData: true, subtree: true });
          setTimeout(() => resolve(false), timeoutMs);
        });
        section.querySelector<HTMLButtonElement>('[data-part="check"]')!.click();
        if (!(await verdict)) return undefined;
        return {
          status: summary.dataset.status,
          summary: summary.textContent ?? '',
          checks: [...section.querySelectorAll('[data-part="checks"] li')].map((li) => ({
            name: li.querySelector('.name')?.textContent ?? '',
            status: li.getAttribute('data-status'),
            message: li.querySelector('.message')?.textContent ?? undefined,
            code: li.querySelector('.case')?.textContent ?? undefined,
          })),
        };
      },
      { code, timeoutMs: ANSWER_TIMEOUT_MS },
    );
    if (!seen) throw new Error(`no verdict after ${ANSWER_TIMEOUT_MS / 1000} s`);
    const status = seen.status as GradedExercise['status'];
    const checks = seen.checks as GradedCheck[];
    return {
      id: exercise.id,
      status,
      passed: checks.filter((c) => c.status === 'pass').length,
      total: checks.length,
      message: status === 'error' ? seen.summary : undefined,
      checks,
    };
  }
}

class WarmPages {
  private context?: BrowserContext;
  private readonly pages = new Map<string, ExercisePage>();
  private readonly lessonPages = new Map<string, Page>();

  private readonly browser: Browser;
  private readonly baseURL: string;
  private readonly options: GradingOptions;

  constructor(browser: Browser, baseURL: string, options: GradingOptions) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.options = options;
  }

  async grade(id: string, code: string): Promise<GradedExercise> {
    const exercise = exerciseFiles.find((e) => e.id === id);
    if (!exercise) throw new Error(`No exercise "${id}"`);
    const started = performance.now();
    if (this.options.freshContextPerAnswer) await this.discard();
    this.context ??= await this.newContext();
    let page = this.pages.get(id);
    if (!page) {
      page = await ExercisePage.open(this.context, this.lessonPages, exercise, this.options.seed);
      this.pages.set(id, page);
    }
    const graded = await page.check(exercise, code);
    return { ...graded, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * A context whose pages start no sandbox by themselves: scrolling activates none (the lesson's other sandboxes
   * would compile, run and draw for nothing, on the cores the checks need), and runs as one types are off from
   * the start. The exercise being graded is started by its Check, as a learner's click would.
   */
  private async newContext(): Promise<BrowserContext> {
    const context = await this.browser.newContext({ baseURL: this.baseURL, viewport: { width: 1366, height: 900 } });
    await holdSandboxes(context);
    await context.addInitScript(() => localStorage.setItem('micrograd-course:live-runs', 'off'));
    return context;
  }

  /** After a failure: nothing of that page's state reaches the next answer. */
  async discard(): Promise<void> {
    this.pages.clear();
    this.lessonPages.clear();
    await this.context?.close().catch(() => {});
    this.context = undefined;
  }
}

export const test = base.extend<{ gradeAnswer: (exercise: string, code: string) => Promise<GradedExercise> }, { warmPages: WarmPages }>({
  warmPages: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const options: GradingOptions = {
        seed: readPlan().seed,
        freshContextPerAnswer: process.env[FRESH_ENV] === '1',
      };
      const pages = new WarmPages(browser, baseURL!, options);
      await use(pages);
      await pages.discard();
    },
    { scope: 'worker' },
  ],
  gradeAnswer: async ({ warmPages }, use, testInfo) => {
    await use((exercise, code) => warmPages.grade(exercise, code));
    if (testInfo.status !== testInfo.expectedStatus) await warmPages.discard();
  },
});
