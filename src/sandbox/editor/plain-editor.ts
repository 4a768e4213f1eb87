// The editor for phones and tablets, where Monaco does not work: a plain text area with the same contract.
import type { CodeEditor } from './code-editor.ts';

export function createPlainEditor(host: HTMLElement, code: string, label: string): CodeEditor {
  const area = document.createElement('textarea');
  area.className = 'plain-editor';
  area.value = code;
  area.spellcheck = false;
  area.wrap = 'off'; // code lines scroll sideways rather than wrap into lines that are not there
  area.autocapitalize = 'off';
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', label);
  area.rows = Math.min(Math.max(code.split('\n').length + 1, 6), 30);
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
