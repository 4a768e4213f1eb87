// The hand-in section (HandIn.astro): "Download my answers" and "Load answers", with the dialog that asks
// before any code is replaced. Nothing changes until the learner confirms; a file that is not a good hand-in
// changes nothing and says why.
import { name, version } from '../../../package.json';
import type { AnswersManifest } from './answers-zip.ts';
import { applyLoad, planLoad, writtenAnswers, type HandInExercise, type LoadPlan } from './my-answers.ts';

// The zip code (fflate, ~10 kB gzipped) comes only when the learner is about to use it: a lesson page stays light.
const zipCode = () => Promise.all([import('./answers-zip.ts'), import('./hand-in-file.ts')]).then(([zip, file]) => ({ ...zip, ...file }));

/** A message to show after the page reloads itself (see confirmLoad). */
const AFTER_RELOAD = 'micrograd-course:handin:after-reload';

const root = document.querySelector<HTMLElement>('[data-handin]');
if (root) mount(root);

function mount(root: HTMLElement): void {
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`)!;
  const exercises = JSON.parse(part('handin-exercises').textContent!) as HandInExercise[];
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const status = part('handin-status');
  const summary = part('handin-summary');
  const fileInput = part<HTMLInputElement>('handin-file');
  const dialog = part<HTMLDialogElement>('load-dialog');
  const confirmButton = part<HTMLButtonElement>('load-confirm');

  const say = (text: string, tone: 'ok' | 'problem' | '' = '') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

  function refreshSummary(): void {
    const written = writtenAnswers(exercises).size;
    summary.textContent =
      written === 0
        ? 'Nothing written yet: once you write code in an exercise, it can be downloaded here.'
        : `You have written code for ${written} of ${plural(exercises.length, 'exercise')}.`;
  }

  part('handin-actions').hidden = false;
  refreshSummary();
  // On a lesson page the editors save as the learner types; on any page another tab may have saved.
  // ("Clear progress" on the home page forgets code too: a click anywhere may have changed it.)
  addEventListener('storage', refreshSummary);
  document.addEventListener('click', refreshSummary);
  root.addEventListener('focusin', refreshSummary);
  root.addEventListener('pointerenter', refreshSummary);
  for (const intent of ['focusin', 'pointerenter', 'touchstart']) root.addEventListener(intent, () => void zipCode().catch(() => {}), { once: true, passive: true });
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && refreshSummary()).observe(root);
  try {
    const after = sessionStorage.getItem(AFTER_RELOAD);
    if (after) {
      sessionStorage.removeItem(AFTER_RELOAD);
      say(after, 'ok');
    }
  } catch {
    // No session storage: the reload simply goes unexplained.
  }

  /** The zip code, or undefined (and a message) if it cannot be fetched: offline after the site changed, say. */
  async function zip() {
    try {
      return await zipCode();
    } catch {
      say('This part of the page could not be loaded. Reload the page and try again. Nothing was changed.', 'problem');
      return undefined;
    }
  }

  part('download').addEventListener('click', async () => {
    refreshSummary();
    const loaded = await zip();
    if (!loaded) return;
    let file;
    try {
      file = loaded.handInFile(exercises, { name, version });
    } catch (error) {
      say(`Could not make the file: ${(error as Error).message}`, 'problem');
      return;
    }
    if (!file) {
      say('Nothing to download yet: you have not written code in any exercise. Write some in a lesson, then come back here.', 'problem');
      return;
    }
    const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: file.name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(`Downloaded ${file.name}, with your code for ${plural(file.ids.length, 'exercise')}.`, 'ok');
  });

  part('load').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // choosing the same file again is a new choice
    if (file) void open(file);
  });

  let pending: { answers: Map<string, string>; plan: LoadPlan; fileName: string } | undefined;

  async function open(file: File): Promise<void> {
    say(`Reading ${file.name}…`);
    const loaded = await zip();
    if (!loaded) return;
    const { ANSWERS_ZIP_LIMITS, readAnswersZip } = loaded;
    let bytes: Uint8Array;
    try {
      // One byte past the limit is enough to know it is too large, however large it is.
      bytes = new Uint8Array(await file.slice(0, ANSWERS_ZIP_LIMITS.zipBytes + 1).arrayBuffer());
    } catch {
      say(`Could not read ${file.name}. Nothing was changed.`, 'problem');
      return;
    }
    const { answers, manifest, problems } = readAnswersZip(bytes, { knownIds: byId.keys() });
    if (problems.length > 0) {
      const more = problems.length > 1 ? ` It has ${plural(problems.length - 1, 'more problem')} too.` : '';
      say(`Could not load ${file.name}. ${problems[0].message}${more} Nothing was changed.`, 'problem');
      return;
    }
    if (answers.size === 0) {
      say(`${file.name} holds no answers. Nothing was changed.`, 'problem');
      return;
    }
    const plan = planLoad(answers, exercises);
    if (plan.replace.length === 0 && plan.add.length === 0) {
      say(`Your code is already the same as in ${file.name}. Nothing to change.`, 'ok');
      return;
    }
    say('');
    pending = { answers, plan, fileName: file.name };
    showDialog(file.name, manifest!, plan);
  }

  function showDialog(fileName: string, manifest: AnswersManifest, plan: LoadPlan): void {
    const list = (ids: string[]) =>
      ids.map((id) => {
        const item = document.createElement('li');
        const exercise = byId.get(id)!;
        item.append(Object.assign(document.createElement('strong'), { textContent: exercise.title }), ` (${exercise.lesson})`);
        return item;
      });
    const exported = new Date(manifest.exportedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    part('load-source').textContent = `${fileName}, downloaded ${exported}.`;
    part('load-version').hidden = manifest.course.version === version;
    part('load-version').textContent = `It was made with version ${manifest.course.version} of the course; this is version ${version}.`;
    part('load-replace').hidden = plan.replace.length === 0;
    part('load-replace-list').replaceChildren(...list(plan.replace));
    part('load-add').hidden = plan.add.length === 0;
    part('load-add-list').replaceChildren(...list(plan.add));
    part('load-same').hidden = plan.same.length === 0;
    part('load-same').textContent = `Already the same here, left as they are: ${plan.same.map((id) => byId.get(id)!.title).join(', ')}.`;
    part('load-reload').hidden = !editorsOnPage(plan);
    const replacing = `Replace ${plural(plan.replace.length, 'answer')}`;
    const adding = `${plural(plan.add.length, 'answer')}`;
    confirmButton.textContent =
      plan.replace.length === 0 ? `Add ${adding}` : plan.add.length === 0 ? replacing : `${replacing}, add ${adding}`;
    dialog.returnValue = '';
    dialog.showModal();
  }

  // Escape, Cancel, or the confirm button: the dialog's form (method="dialog") closes it with a value.
  dialog.addEventListener('close', () => {
    const load = pending;
    pending = undefined;
    if (!load) return;
    if (dialog.returnValue !== 'confirm') {
      say(`Nothing loaded from ${load.fileName}: your code is as it was.`);
      part('load').focus();
      return;
    }
    confirmLoad(load.answers, load.plan, load.fileName);
  });

  function confirmLoad(answers: Map<string, string>, plan: LoadPlan, fileName: string): void {
    applyLoad(answers, plan, exercises);
    const done = [
      plan.replace.length > 0 ? `replaced ${plural(plan.replace.length, 'answer')}` : '',
      plan.add.length > 0 ? `added ${plural(plan.add.length, 'answer')}` : '',
    ].filter(Boolean);
    const message = `Loaded ${fileName}: ${done.join(' and ')}.`;
    refreshSummary();
    if (editorsOnPage(plan)) {
      // The open editors still hold the old code and would save it over the loaded code at the next
      // keystroke: a reload makes them start from what was loaded.
      try {
        sessionStorage.setItem(AFTER_RELOAD, message);
      } catch {
        // The message is lost with the reload; the code is not.
      }
      say(`${message} Reloading the page to show it in the editors…`, 'ok');
      location.reload();
      return;
    }
    say(message, 'ok');
    part('load').focus();
  }
}

/** Whether this page has an editor of an exercise the plan changes. */
function editorsOnPage(plan: LoadPlan): boolean {
  return [...plan.replace, ...plan.add].some((id) => document.querySelector(`mg-sandbox[data-exercise="${CSS.escape(id)}"]`));
}
