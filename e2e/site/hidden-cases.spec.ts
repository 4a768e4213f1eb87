// Hidden cases and scopes, as a learner meets them on the real page: a failure on a generated case shows
// that case as code to paste and run, with its seed; ?check-seed= replays it; a case that never ends is
// stopped and shown; an exercise's Run has only its own engine names and course helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exercisesRoot, exerciseFiles } from '../exercises.ts';
import { activate, expect, output, replaceCode, test } from '../fixtures.ts';

const ex = exerciseFiles.find((e) => e.id === 'ops-add-mul')!;
const assigns = readFileSync(join(exercisesRoot, ex.id, 'wrong/assigns-instead-of-adds.ts'), 'utf8');
const exercise = (page: import('@playwright/test').Page) => page.getByRole('region', { name: `Exercise: ${ex.title}` });

async function checkAndWait(box: import('@playwright/test').Locator) {
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(box.locator('[data-part="checks-summary"]')).toHaveAttribute('data-status', /^(pass|fail|error)$/, { timeout: 30_000 });
}

test('a mistake the examples miss fails on a hidden case, shown as code with its seed, replayed by ?check-seed=', async ({ page }) => {
  await page.goto(`/lessons/${ex.lesson}/?check-seed=4242`);
  const box = exercise(page);
  await activate(box);
  await replaceCode(page, box, assigns);
  await checkAndWait(box);
  const failed = box.getByRole('list', { name: 'Checks' }).locator('li[data-status="fail"]');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('every value and gradient is right');
  await expect(failed.locator('.message')).toContainText('On a hidden case (seed 4242):');
  const caseCode = failed.getByLabel('The failing case, as code to paste and run');
  await expect(caseCode).toContainText(/backward\(\w+\);/);
  const shown = await caseCode.textContent();

  // The same seed, the same case.
  await checkAndWait(box);
  await expect(failed.getByLabel('The failing case, as code to paste and run')).toHaveText(shown!);

  // Pasted under the learner's code, it runs and prints the gradients it talks about.
  await replaceCode(page, box, `${assigns}\n${shown}\n`);
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(box)).toContainText(/-?\d/);
  await expect(output(box)).not.toContainText('Error');
});

test('an answer that hangs on one hidden case is stopped, that case is shown, and the next Check works', async ({ page }) => {
  await page.goto(`/lessons/${ex.lesson}/`);
  const box = exercise(page);
  await activate(box);
  // Right on the examples, endless when an operand is 0 (the hidden cases try 0).
  const hangs = ex.solution.replace('const out = new Value(this.data * that.data', 'while (that.data === 0) {}\n    const out = new Value(this.data * that.data');
  expect(hangs).not.toBe(ex.solution);
  await replaceCode(page, box, hangs);
  await checkAndWait(box);
  const summary = box.locator('[data-part="checks-summary"]');
  await expect(summary).toHaveText(/^Stopped: the checks were still running after 10 s/);
  const stuck = box.getByRole('list', { name: 'Checks' }).locator('li[data-status="error"]').first();
  await expect(stuck).toContainText('Still running on this hidden case');
  await expect(stuck.getByLabel('The failing case, as code to paste and run')).toContainText(/new Value\(0\)|\.mul\(0\)/);
  await replaceCode(page, box, ex.solution);
  await checkAndWait(box);
  await expect(summary).toHaveAttribute('data-status', 'pass');
});

test("an exercise's Run has only its own engine names and course helpers, and says so when the code reaches for another", async ({ page }) => {
  await page.goto(`/lessons/${ex.lesson}/`);
  const box = exercise(page);
  await activate(box);
  await replaceCode(page, box, `${ex.starter}\nconsole.log(typeof topologicalOrder, typeof MLP, typeof backward);\nnew MLP(2, [1]);\n`);
  await box.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(box)).toContainText('undefined undefined function');
  await expect(output(box)).toContainText("MLP is not defined: this exercise leaves the engine's MLP out (from the engine, it has nothing).");
});

test("a check that fails on a hidden case leaves the next checks' verdicts as they would be alone", async ({ page }) => {
  // The right outputs, gradients that miss the path through the mean square: the gradient checks fail (on their
  // first cases, so their batches stop early), while the last check, about how the outputs are made, passes.
  const rms = exerciseFiles.find((e) => e.id === 'gpt-rmsnorm')!;
  const scaleAsNumber = readFileSync(join(exercisesRoot, rms.id, 'wrong/scale-as-a-number.ts'), 'utf8');
  await page.goto(`/lessons/${rms.lesson}/?check-seed=77`);
  const box = page.getByRole('region', { name: `Exercise: ${rms.title}` });
  await activate(box);
  await replaceCode(page, box, scaleAsNumber);
  await checkAndWait(box);
  const items = box.getByRole('list', { name: 'Checks' }).locator('li');
  await expect(items).toHaveCount(5);
  expect(await items.evaluateAll((li) => li.map((item) => item.getAttribute('data-status')))).toEqual(['pass', 'fail', 'pass', 'fail', 'pass']);
});
