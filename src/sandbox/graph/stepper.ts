// Step, Back, Play/Pause and Reset, and the status line that says what the last step did. The status is a
// live region: a screen reader reads each step aloud.
import { button, group, setEnabled } from './controls.ts';

const PLAY_INTERVAL_MS = 900;

export interface StepperActions {
  go: (done: number) => void;
}

export class Stepper {
  readonly controls: HTMLElement;
  readonly status = document.createElement('div');
  private readonly stepButton: HTMLButtonElement;
  private readonly backButton: HTMLButtonElement;
  private readonly playButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private done = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  private readonly total: number;
  private readonly actions: StepperActions;

  constructor(total: number, what: string, actions: StepperActions) {
    this.total = total;
    this.actions = actions;
    this.stepButton = button('Step', () => this.go(this.done + 1));
    this.backButton = button('Back', () => this.go(this.done - 1));
    this.playButton = button('Play', () => this.togglePlay());
    this.resetButton = button('Reset', () => this.go(0));
    this.stepButton.setAttribute('aria-keyshortcuts', 'ArrowRight');
    this.backButton.setAttribute('aria-keyshortcuts', 'ArrowLeft');
    this.resetButton.setAttribute('aria-keyshortcuts', 'Home');
    // Not just "Reset": the sandbox's own Reset (the code) is next to it.
    this.resetButton.setAttribute('aria-label', 'Reset steps');
    this.controls = group('graph-stepper', `${what}: step through`, this.stepButton, this.backButton, this.playButton, this.resetButton);
    this.status.className = 'graph-status';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-label', `${what}: current step`);
    this.update(0);
  }

  focus(): void {
    this.stepButton.focus();
  }

  /** Arrow keys step, Home resets, End jumps to the end. */
  handleKey(event: KeyboardEvent): boolean {
    const to = { ArrowRight: this.done + 1, ArrowLeft: this.done - 1, Home: 0, End: this.total }[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return false;
    this.pause();
    this.go(to);
    return true;
  }

  go(done: number): void {
    if (done < 0 || done > this.total) return;
    if (done !== this.done + 1) this.pause(); // anything but the next step stops Play
    this.done = done;
    this.actions.go(done);
    this.update(done);
  }

  /** Shows what step `done` did: a heading and one line per sentence. */
  say(heading: string, lines: readonly string[]): void {
    const title = document.createElement('p');
    title.className = 'graph-status-heading';
    title.textContent = heading;
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    this.status.replaceChildren(title, ...(lines.length > 0 ? [list] : []));
  }

  pause(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.playButton.textContent = 'Play';
  }

  private togglePlay(): void {
    if (this.timer !== undefined) return this.pause();
    if (this.done === this.total) this.go(0);
    this.playButton.textContent = 'Pause';
    this.go(this.done + 1);
    this.timer = setInterval(() => {
      if (this.done >= this.total) this.pause();
      else this.go(this.done + 1);
    }, PLAY_INTERVAL_MS);
  }

  private update(done: number): void {
    setEnabled(this.stepButton, done < this.total);
    setEnabled(this.backButton, done > 0);
    setEnabled(this.resetButton, done > 0);
    if (done >= this.total) this.pause();
  }
}
