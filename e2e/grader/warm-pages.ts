// The grading tests' fixtures. Each Playwright worker keeps the page of the lesson it grades open, the editors of
// that lesson's exercises started, and checks answer after answer in them: opening the lesson and starting Monaco is
// most of what a fresh page costs, while each Check already runs in a fresh worker of its own, so answers never
// meet. A page that failed (crashed, hung) is thrown away, and Playwright's retry gets a fresh one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type BrowserType, type ElementHandle, type LaunchOptions, type Page } from '@playwright/test';
import { isTimedOut } from '../../src/checks/judge.ts';
import { exerciseFiles, type ExerciseFile } from '../exercises.ts';
import { holdSandboxes } from '../hold-sandboxes.ts';
import { readPlan } from './plan.ts';
import type { GradedCheck, GradedExercise } from './report.ts';

export const FRESH_ENV = 'MICROGRAD_GRADING_FRESH';

/**
 * V8 flags for the grader's Chromium: no optimizing compilers (Sparkplug's quick baseline code at most) and a
 * collector without helper threads. Each Check runs in a worker that lives a fraction of a second, and on it
 * V8's optimizing compilers (Maglev, TurboFan) spent more CPU time, on background threads, than the checks
 * they sped up; on two cores, helper threads only take turns with the other graders. Measured with
 * `npm run grade:bench`'s class: 125–136 s instead of 150–152 s, the same gradebook. Answers that run out of
 * time are checked again without them.
 */
const QUICK_TIERS = '--js-flags=--max-opt=1 --single-threaded-gc';

/** How long one answer may take to be checked, beyond the page's own time limit on the checks (10 s). */
const ANSWER_TIMEOUT_MS = 60_000;

export interface GradingOptions {
  seed: number;
  /** The way grading was done before warm pages: a fresh browser context per answer (for grade:bench). */
  freshContextPerAnswer: boolean;
}

class ExercisePage {
  readonly page: Page;
  /**
   * The exercise's section, found once: a locator would look it up again for every answer, Playwright's selector
   * engine walking the whole lesson page on its main thread.
   */
  private readonly box: ElementHandle<HTMLElement | SVGElement>;

  private constructor(page: Page, box: ElementHandle<HTMLElement | SVGElement>) {
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
    // Found by its id, not by role and name: a role query walks the whole (long) lesson page. The role and name
    // are still what the site's e2e tests hold.
    const box = page.locator(`mg-sandbox#exercise-${exercise.id} > section`);
    // Nothing activates by scrolling here (newContext): a click on the code starts this exercise's editor.
    await box.locator('[data-part="editor"]').click();
    await box.locator('.monaco-editor .view-lines').waitFor({ timeout: ANSWER_TIMEOUT_MS });
    // The pointer leaves the editor it clicked: left over it, every answer that changed the editor's height moved
    // the code under the pointer, and the page answered with hit tests, mouseover/out and Monaco's hover logic.
    await page.mouse.move(0, 0);
    // The answer is checked, not run: "Run again as I type" is off (set for the whole context).
    await expect(box.getByRole('checkbox', { name: 'Run again as I type' })).not.toBeChecked();
    return new ExercisePage(page, (await box.elementHandle({ timeout: ANSWER_TIMEOUT_MS }))!);
  }

  /**
   * Puts `code` in the editor as a learner would (focus the code, Select All, paste), presses Check and reads the
   * verdict off the page, in one round trip into the page. Playwright's click and key press, three round trips
   * with their checks and a real pointer's hover and hit tests, cost about a fifth of an answer's CPU time.
   */
  async check(exercise: ExerciseFile, code: string): Promise<Omit<GradedExercise, 'seconds'>> {
    const { box } = this;
    const seen = await box.evaluate(
      async (section, { code, timeoutMs }) => {
        // Monaco reads its keys from the element that holds the editor's focus (an EditContext, or a textarea).
        const input = section.querySelector<HTMLElement>('.monaco-editor .native-edit-context, .monaco-editor textarea');
        if (!input) throw new Error('the exercise has no editor to type in');
        input.focus({ preventScroll: true }); // the editor is in view; following its caret would scroll the page
        // Select All is Cmd+A where Monaco thinks it runs on a Mac, Ctrl+A elsewhere.
        const mac = navigator.userAgent.includes('Macintosh');
        const selectAll = { key: 'a', code: 'KeyA', keyCode: 65, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true };
        for (const type of ['keydown', 'keyup']) input.dispatchEvent(new KeyboardEvent(type, selectAll));
        const pasted = new DataTransfer();
        pasted.setData('text/plain', code);
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
        // What is checked must be the answer, whole: the editor's code is compared with it (line ends as the
        // editor keeps them) before Check is pressed.
        const lines = (text: string) => text.replace(/\r\n?/g, '\n');
        const inEditor = (section.parentElement as HTMLElement & { code?: string }).code;
        if (inEditor === undefined || lines(inEditor) !== lines(code)) return { pasted: false as const };
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
          pasted: true as const,
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
    if (!seen.pasted) throw new Error('the answer did not reach the editor whole, so it was not checked');
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
  /** The persistent context's profile folder, deleted with it. */
  private profile?: string;
  /** Only for a fresh context per answer, the old way. */
  private browser?: Browser;
  private readonly pages = new Map<string, ExercisePage>();
  private readonly lessonPages = new Map<string, Page>();

  /** Where an answer that ran out of time is checked again: the same pages, with V8's optimizing compilers. */
  private optimizing?: WarmPages;

  private readonly chromium: BrowserType;
  private readonly launchOptions: LaunchOptions;
  private readonly baseURL: string;
  private readonly options: GradingOptions;
  private readonly quickTiers: boolean;

  constructor(chromium: BrowserType, launchOptions: LaunchOptions, baseURL: string, options: GradingOptions, quickTiers = true) {
    this.chromium = chromium;
    this.launchOptions = launchOptions;
    this.baseURL = baseURL;
    this.options = options;
    this.quickTiers = quickTiers && !options.freshContextPerAnswer;
  }

  async grade(id: string, code: string): Promise<GradedExercise> {
    const exercise = exerciseFiles.find((e) => e.id === id);
    if (!exercise) throw new Error(`No exercise "${id}"`);
    const started = performance.now();
    if (this.options.freshContextPerAnswer) await this.discard();
    this.context ??= await this.newContext();
    let page = this.pages.get(id);
    if (!page) {
      if (!this.lessonPages.has(exercise.lesson)) await this.closeLessonPages();
      page = await ExercisePage.open(this.context, this.lessonPages, exercise, this.options.seed);
      this.pages.set(id, page);
    }
    let graded = await page.check(exercise, code);
    if (this.quickTiers && graded.status === 'error' && isTimedOut(graded.message)) {
      // Slow code runs slower still without optimizing compilers: an answer that is only slow must not fail
      // for the grader's flags, so its verdict is the one it gets in a Chromium as learners run it.
      this.optimizing ??= new WarmPages(this.chromium, this.launchOptions, this.baseURL, this.options, false);
      graded = await this.optimizing.grade(id, code);
    }
    return { ...graded, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * A context whose pages start no sandbox by themselves: scrolling activates none (the lesson's other sandboxes
   * would compile, run and draw for nothing, on the cores the checks need), and runs as one types are off from
   * the start. The exercise being graded is started by its Check, as a learner's click would.
   *
   * A persistent context, with a profile of its own on disk, because Chromium keeps compiled scripts (V8's code
   * cache) only there: the second lesson page a worker opens, and each Check's fresh worker, start from the
   * compiled editor, TypeScript and checks instead of compiling megabytes of script again (a lesson page's
   * open measured 5.5 CPU-s instead of 8). A fresh context per answer stays in memory, as before.
   */
  private async newContext(): Promise<BrowserContext> {
    const options = { baseURL: this.baseURL, viewport: { width: 1366, height: 900 } };
    let context: BrowserContext;
    if (this.options.freshContextPerAnswer) {
      this.browser ??= await this.chromium.launch(this.launchOptions);
      context = await this.browser.newContext(options);
    } else {
      this.profile = mkdtempSync(join(tmpdir(), 'micrograd-grading-profile-'));
      const args = [...(this.launchOptions.args ?? []), ...(this.quickTiers ? [QUICK_TIERS] : [])];
      context = await this.chromium.launchPersistentContext(this.profile, { ...this.launchOptions, args, ...options });
    }
    await holdSandboxes(context);
    await context.addInitScript(() => localStorage.setItem('micrograd-course:live-runs', 'off'));
    return context;
  }

  /**
   * Before a worker moves on to another lesson (its answers come lesson by lesson, so it seldom comes back): a
   * lesson page left open, its editor focused, kept a core 20–35 ms a second busy doing nothing (measured with
   * one to three open), and holds its memory, while the next lesson's checks need both.
   */
  private async closeLessonPages(): Promise<void> {
    for (const page of this.lessonPages.values()) await page.close().catch(() => {});
    this.lessonPages.clear();
    this.pages.clear();
  }

  /** Closes the browser context (for a fresh context per answer, or on close). */
  async discard(): Promise<void> {
    this.pages.clear();
    this.lessonPages.clear();
    await this.context?.close().catch(() => {});
    this.context = undefined;
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
    this.profile = undefined;
    await this.optimizing?.discard();
  }

  async close(): Promise<void> {
    await this.optimizing?.close();
    await this.discard();
    await this.browser?.close();
  }
}

/**
 * Playwright's two automatic fixtures of every test, made to do nothing: one sets the default timeouts and test id
 * attribute of the contexts its `page` fixture makes, the other records their traces and screenshots and makes a
 * step of each call into a page. The grading tests use neither (they make their own context, keep no traces),
 * and for each answer the two set up and tore down some twenty option fixtures and captured and source-mapped
 * the call stack of every step: most of a grading worker's own time. (Names from Playwright's lib/index.js; given
 * as plain functions, they keep their registration, automatic and per test. grade.spec would catch a rename.)
 */
const playwrightsPerTestFixturesOff = {
  _setupContextOptions: async ({}, use: () => Promise<void>) => use(),
  _setupArtifacts: async ({}, use: () => Promise<void>) => use(),
};

/**
 * The grading tests' one fixture: the worker's warm pages. It is a worker fixture, set up once, because a test
 * fixture costs each test its own setup and teardown steps. A test that fails (a page crashed, an answer hung
 * the grader) ends its worker: Playwright starts a new one, with new pages, for the retry.
 */
export const test = base.extend<{}, { warmPages: WarmPages }>({
  ...(playwrightsPerTestFixturesOff as {}),
  warmPages: [
    async ({ playwright, launchOptions }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const options: GradingOptions = {
        seed: readPlan().seed,
        freshContextPerAnswer: process.env[FRESH_ENV] === '1',
      };
      const pages = new WarmPages(playwright.chromium, launchOptions, baseURL!, options);
      await use(pages);
      await pages.close();
    },
    { scope: 'worker' },
  ],
});
