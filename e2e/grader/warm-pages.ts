// The grading tests' fixtures. Each Playwright worker keeps one page open per exercise, its editor started, and
// checks answer after answer in it: opening the lesson and starting Monaco is most of what a fresh page costs,
// while each Check already runs in a fresh worker of its own, so answers never meet. A page that failed
// (crashed, hung) is thrown away, and Playwright's retry gets a fresh one.
import { test as base, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { exerciseFiles, type ExerciseFile } from '../exercises.ts';
import { paste } from '../paste.ts';
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

  static async open(context: BrowserContext, exercise: ExerciseFile, seed: number): Promise<ExercisePage> {
    const page = await context.newPage();
    // Straight to the exercise: only it and its neighbours start their editors.
    await page.goto(`lessons/${exercise.lesson}/?check-seed=${seed}#exercise-${exercise.id}`);
    // Found by its id, not by role and name: a role query walks the whole (long) lesson page, and this locator
    // is used several times per answer. The role and name are still what the site's e2e tests hold.
    const box = page.locator(`mg-sandbox#exercise-${exercise.id} > section`);
    await box.getByRole('button', { name: 'Check', exact: true }).scrollIntoViewIfNeeded();
    await box.locator('.monaco-editor .view-lines').waitFor({ timeout: ANSWER_TIMEOUT_MS });
    // The answer is checked, not run: the page's own "Run again as I type" off (remembered for the context).
    await box.getByRole('checkbox', { name: 'Run again as I type' }).uncheck();
    return new ExercisePage(page, box);
  }

  /** Puts `code` in the editor as a paste, presses Check and reads the verdict off the page. */
  async check(exercise: ExerciseFile, code: string): Promise<Omit<GradedExercise, 'seconds'>> {
    const { page, box } = this;
    await box.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await paste(page, code);
    const summary = box.locator('[data-part="checks-summary"]');
    // The page writes a verdict in one go (text, status, list); the first change after Check is the new one.
    const verdict = summary.evaluate(
      (el) =>
        new Promise<void>((resolve) =>
          new MutationObserver((_, observer) => {
            observer.disconnect();
            resolve();
          }).observe(el, { attributes: true, childList: true, characterData: true, subtree: true }),
        ),
    );
    await box.getByRole('button', { name: 'Check', exact: true }).click();
    await Promise.race([verdict, page.waitForTimeout(ANSWER_TIMEOUT_MS).then(() => Promise.reject(new Error('no verdict after 60 s')))]);
    const status = (await summary.getAttribute('data-status')) as GradedExercise['status'];
    const checks = await box
      .getByRole('list', { name: 'Checks' })
      .locator('li')
      .evaluateAll((items) =>
        items.map(
          (li): GradedCheck => ({
            name: li.querySelector('.name')?.textContent ?? '',
            status: li.getAttribute('data-status') as GradedCheck['status'],
            message: li.querySelector('.message')?.textContent ?? undefined,
            code: li.querySelector('.case')?.textContent ?? undefined,
          }),
        ),
      );
    return {
      id: exercise.id,
      status,
      passed: checks.filter((c) => c.status === 'pass').length,
      total: checks.length,
      message: status === 'error' ? ((await summary.textContent()) ?? undefined) : undefined,
      checks,
    };
  }
}

class WarmPages {
  private context?: BrowserContext;
  private readonly pages = new Map<string, ExercisePage>();

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
    this.context ??= await this.browser.newContext({ baseURL: this.baseURL, viewport: { width: 1366, height: 900 } });
    let page = this.pages.get(id);
    if (!page) {
      page = await ExercisePage.open(this.context, exercise, this.options.seed);
      this.pages.set(id, page);
    }
    const graded = await page.check(exercise, code);
    return { ...graded, seconds: (performance.now() - started) / 1000 };
  }

  /** After a failure: nothing of that page's state reaches the next answer. */
  async discard(): Promise<void> {
    this.pages.clear();
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
