// The course built for a subpath (`npm run build:subpath`: --base /course/, as GitHub Pages serves a project
// site) and served there: links, assets, the editor, the run and check workers and Graphviz all load from
// under /course/. A file fetched from the root instead fails to load, which the fixture reports as a console
// error; requests are also watched directly.
import { exerciseFiles } from '../exercises.ts';
import { activate, expect, output, replaceCode, sandbox, test } from '../fixtures.ts';
import { SUBPATH_PORT } from '../subpath.ts';

const site = `http://localhost:${SUBPATH_PORT}/course/`;
test.use({ baseURL: site });

test('under /course/, the course navigates, runs a sandbox with its graph and checks an exercise', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.port === String(SUBPATH_PORT) && !url.pathname.startsWith('/course/')) outside.push(url.pathname);
  });
  const failed: string[] = [];
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));

  await page.goto('./');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/course/favicon.svg');
  await page.getByRole('link', { name: 'A number that remembers' }).first().click();
  await expect(page).toHaveURL(`${site}lessons/value/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A number that remembers');

  const box = sandbox(page, "The lecture's neuron");
  await activate(box);
  await expect(output(box)).toContainText('Value(data=0.7071067811865476)');
  await expect(box.getByRole('img', { name: /^Computation graph of o/ }).locator('svg')).toBeVisible();

  const ex = exerciseFiles.find((e) => e.lesson === 'value')!;
  const exercise = page.getByRole('region', { name: `Exercise: ${ex.title}` });
  await activate(exercise);
  await replaceCode(page, exercise, ex.solution);
  await exercise.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(exercise.getByText(/^All \d+ checks passed\. Exercise complete!$/)).toBeVisible({ timeout: 30_000 });

  // The site's own links lead back under /course/.
  await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(`${site}lessons/ops/`);
  await page.getByRole('link', { name: /micrograd, built by you/ }).click();
  await expect(page).toHaveURL(site);

  expect(outside, 'requests outside /course/').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});
