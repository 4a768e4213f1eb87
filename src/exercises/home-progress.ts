// The home page's view of progress: per lesson, how many exercises are done; where to continue; and
// clearing it all, after asking.
import { lessonProgress, progressStore } from './progress.ts';

const store = progressStore();

function render(): void {
  const progress = store.load();
  let any = Object.keys(progress.completed).length > 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson-exercises]')) {
    const ids = item.dataset.lessonExercises!.split(' ').filter(Boolean);
    const out = item.querySelector<HTMLElement>('[data-part="lesson-progress"]')!;
    if (ids.length === 0) continue;
    const { done, total } = lessonProgress(progress, ids);
    out.textContent = `${done} of ${total} exercise${total === 1 ? '' : 's'} done`;
    out.dataset.complete = String(done === total);
  }
  const resume = document.querySelector<HTMLAnchorElement>('[data-part="resume"]')!;
  const last = progress.lastLesson && document.querySelector<HTMLAnchorElement>(`[data-lesson-link="${progress.lastLesson}"]`);
  if (last) {
    any = true;
    resume.href = last.getAttribute('href')!;
    resume.textContent = `Continue with “${last.textContent}”`;
  } else {
    resume.href = resume.dataset.startHref!;
    resume.textContent = resume.dataset.startText!;
  }
  document.querySelector<HTMLElement>('[data-part="progress-tools"]')!.hidden = !any;
}

document.querySelector('[data-part="clear-progress"]')!.addEventListener('click', () => {
  if (!confirm('Clear your progress? This forgets which exercises you completed and the code you wrote for them.')) return;
  store.clear();
  render();
  document.querySelector<HTMLElement>('[data-part="progress-status"]')!.textContent = 'Progress cleared.';
});

render();
