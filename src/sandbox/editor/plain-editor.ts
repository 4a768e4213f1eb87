// The editor for phones and tablets, where Monaco does not work: a plain text area with the same contract.
import type { CodeEditor } from './code-editor.ts';

export function createPlainEditor(host: HTMLElement, code: string, label: string): CodeEditor {
  const area = document.createElement('textarea');
  area.className = 'plain-editor';
  area.value = code;
  area.spellcheck = false;
  // Wrapped, like the code block it replaces: a long comment line stays readable on a narrow screen.
  area.wrap = 'soft';
  area.autocapitalize = 'off';
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', label);
  // As tall as the code block it replaces, so the page does not move (the block wraps the same way).
  const reserved = host.getBoundingClientRect().height;
  if (reserved > 0) area.style.height = `${reserved}px`;
  else area.rows = Math.min(Math.max(code.split('\n').length + 1, 6), 30);
  host.replaceChildren(area);
  const history: string[] = [];
  return {
    getValue: () => area.value,
    replaceAll(text) {
      history.push(area.value);
      area.value = text;
      area.dispatchEvent(new Event('input'));
    },
    undo() {
      const previous = history.pop();
      if (previous === undefined) return;
      area.value = previous;
      area.dispatchEvent(new Event('input'));
    },
    onChange: (listener) => area.addEventListener('input', listener),
    onRunShortcut: (listener) =>
      area.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          listener();
        }
      }),
    focus: () => area.focus(),
  };
}
