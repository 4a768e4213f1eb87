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
