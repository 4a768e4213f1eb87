/** The light/dark theme: the learner's remembered choice, else the system's preference. */
export type Theme = 'light' | 'dark';

const KEY = 'micrograd-course:theme';

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function applyTheme(theme: Theme, { remember = false } = {}): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): the theme still applies for this page.
  }
  document.dispatchEvent(new CustomEvent('themechange', { detail: theme }));
}

/** The inline script that sets the theme before the first paint (no flash of the wrong theme). */
export const themeBootScript = `(() => {
  let theme = null;
  try { theme = localStorage.getItem(${JSON.stringify(KEY)}); } catch {}
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
})();`;
