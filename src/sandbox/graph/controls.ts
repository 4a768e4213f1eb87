// Small DOM helpers shared by a graph's toolbars.

/** A real button. `aria-disabled` rather than `disabled`, so a button stays focused when it runs out of steps. */
export function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', () => {
    if (b.getAttribute('aria-disabled') !== 'true') onClick();
  });
  return b;
}

export function setEnabled(b: HTMLButtonElement, enabled: boolean): void {
  if (enabled) b.removeAttribute('aria-disabled');
  else b.setAttribute('aria-disabled', 'true');
}

export function group(className: string, label: string, ...children: HTMLElement[]): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', label);
  element.append(...children);
  return element;
}
