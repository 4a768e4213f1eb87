import { lessonFiles } from '../lessons.ts';
import { expect, test } from '../fixtures.ts';

test('the home page lists the lessons in order, each linking to its page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('autograd');
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: lessonFiles[0].title }) });
  await expect(list.getByRole('listitem')).toHaveCount(lessonFiles.length);
  await expect(list.getByRole('link')).toHaveText(lessonFiles.map((l) => l.title));
  await list.getByRole('link', { name: lessonFiles[1].title }).click();
  await expect(page).toHaveURL(`/lessons/${lessonFiles[1].slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonFiles[1].title);
});

test('the course names Andrej Karpathy and links his lecture and micrograd, on the home page and on every lesson', async ({ page }) => {
  const lecture = 'https://www.youtube.com/watch?v=VMj-3S1tku0';
  const micrograd = 'https://github.com/karpathy/micrograd';
  await page.goto('/');
  const credits = page.getByRole('region', { name: 'Where this course comes from' });
  await expect(credits).toContainText('Andrej Karpathy');
  await expect(credits.getByRole('link', { name: /building micrograd/ })).toHaveAttribute('href', lecture);
  await expect(credits.getByRole('link', { name: 'karpathy/micrograd' })).toHaveAttribute('href', micrograd);
  for (const lesson of lessonFiles) {
    await page.goto(`/lessons/${lesson.slug}/`);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Andrej Karpathy');
    await expect(footer.getByRole('link', { name: /building micrograd/ })).toHaveAttribute('href', lecture);
    await expect(footer.getByRole('link', { name: 'micrograd', exact: true })).toHaveAttribute('href', micrograd);
  }
});

test('the last lesson ends with what the learner built and where to go next', async ({ page }) => {
  const last = lessonFiles.at(-1)!;
  await page.goto(`/lessons/${last.slug}/`);
  const closing = page.getByRole('heading', { name: 'What you built', level: 2 });
  await expect(closing).toBeVisible();
  // The section is the article's last: nothing but its own text after it.
  const after = page.locator('article h2').last();
  await expect(after).toHaveText('What you built');
  await expect(page.locator('article').getByRole('link', { name: /micrograd/ }).first()).toBeVisible();
});
