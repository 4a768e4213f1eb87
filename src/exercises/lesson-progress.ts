// A lesson's own view of progress, near its top: its exercises in the order the page shows them, each
// done or not yet, updated when a Check passes.
import { EXERCISE_COMPLETED, lessonProgress, progressStore } from './progress.ts';

const store = progressStore();
const box = document.querySelector<HTMLElement>('[data-part="lesson-exercises"]');

function render(): void {
  if (!box) return;
  const list = box.querySelector('ul')!;
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-exercise-id]')];
  // The page's order, which the collection does not know.
  const onPage = (li: HTMLLIElement) => {
    const region = document.getElementById(`exercise-${li.dataset.exerciseId}`);
    return region ? [...document.querySelectorAll('mg-sandbox[data-exercise]')].indexOf(region) : Infinity;
  };
  list.replaceChildren(...items.sort((a, b) => onPage(a) - onPage(b)));
  const progress = store.load();
  for (const li of items) {
    const done = li.dataset.exerciseId! in progress.completed;
    li.dataset.done = String(done);
    li.querySelector('[data-part="exercise-state"]')!.textContent = done ? '✓ done' : 'not done yet';
  }
  const { done, total } = lessonProgress(progress, items.map((li) => li.dataset.exerciseId!));
  box.querySelector('[data-part="lesson-exercises-summary"]')!.textContent = `${done} of ${total} done`;
}

document.addEventListener(EXERCISE_COMPLETED, render);
render();
