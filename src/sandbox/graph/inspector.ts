// The "Inspect" panel: pick a box (from the list, or by clicking it in the drawing) to read its label, op,
// data and grad, and go to its inputs and users. The list is the keyboard's way around the drawing.
import { button } from './controls.ts';

export interface BoxChoice {
  id: string;
  text: string;
}

export interface BoxDetails {
  heading: string;
  facts: string[];
  inputs: BoxChoice[];
  users: BoxChoice[];
  /** Collapse or expand this box's neuron or layer. */
  actions: Array<{ label: string; run: () => void }>;
}

let inspectors = 0;

export class Inspector {
  readonly element = document.createElement('section');
  private readonly select = document.createElement('select');
  private readonly details = document.createElement('div');

  private readonly onSelect: (id: string | undefined) => void;

  constructor(title: string, onSelect: (id: string | undefined) => void) {
    this.onSelect = onSelect;
    const id = `graph-inspect-${++inspectors}`;
    this.element.className = 'graph-inspector';
    this.element.setAttribute('aria-label', `${title}: inspect a value`);
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: 'Inspect' });
    this.select.id = id;
    this.select.addEventListener('change', () => this.onSelect(this.select.value || undefined));
    this.details.className = 'graph-inspector-details';
    const row = document.createElement('div');
    row.className = 'graph-inspector-pick';
    row.append(label, this.select);
    this.element.append(row, this.details);
  }

  setChoices(choices: readonly BoxChoice[]): void {
    const none = new Option('(click a box, or choose here)', '');
    this.select.replaceChildren(none, ...choices.map((c) => new Option(c.text, c.id)));
  }

  show(selected: string | undefined, details: BoxDetails | undefined): void {
    this.select.value = selected ?? '';
    if (!details) {
      this.details.replaceChildren();
      return;
    }
    const heading = document.createElement('p');
    heading.className = 'graph-inspector-heading';
    heading.textContent = details.heading;
    const facts = document.createElement('p');
    facts.textContent = details.facts.join(' · ');
    this.details.replaceChildren(
      heading,
      facts,
      this.links('Inputs', details.inputs, 'none: a leaf, set by hand'),
      this.links('Used by', details.users, 'nothing: this is the output'),
    );
    if (details.actions.length > 0) {
      const actions = document.createElement('p');
      actions.className = 'graph-inspector-actions';
      actions.append(...details.actions.map((a) => button(a.label, a.run)));
      this.details.append(actions);
    }
  }

  focusList(): void {
    this.select.focus();
  }

  private links(what: string, choices: readonly BoxChoice[], none: string): HTMLElement {
    const line = document.createElement('p');
    line.append(`${what}: `);
    if (choices.length === 0) line.append(none);
    choices.forEach((c, i) => {
      if (i > 0) line.append(' ');
      const go = button(c.text, () => {
        this.onSelect(c.id);
        this.focusList();
      });
      go.className = 'graph-link';
      go.setAttribute('aria-label', `${what === 'Inputs' ? 'Input' : 'User'} ${c.text}`);
      line.append(go);
    });
    return line;
  }
}
