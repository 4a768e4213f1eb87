// Step, Back, Play/Stop, Reset and the play speed, and the status line that says what the last step did. The
// status is a live region: a screen reader reads each step aloud.
import { button, group, setEnabled } from './controls.ts';
import { DEFAULT_PLAY_SPEED, PLAY_SPEEDS, playInterval, speedLabel } from './play-pace.ts';

export interface StepperActions {
  go: (done: number) => void;
}

let speedLists = 0;

export class Stepper {
  readonly controls: HTMLElement;
  readonly status = document.createElement('div');
  private readonly stepButton: HTMLButtonElement;
  private readonly backButton: HTMLButtonElement;
  private readonly playButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly speed = document.createElement('select');
  private done = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  private readonly total: number;
  private readonly actions: StepperActions;

  constructor(total: number, what: string, actions: StepperActions) {
    this.total = total;
    this.actions = actions;
    this.stepButton = button('Step', () => this.go(this.done + 1));
    this.backButton = button('Back', () => this.go(this.done - 1));
    // One button that reads "Stop" while playing: where the learner pressed Play is where they stop it.
    this.playButton = button('Play', () => this.togglePlay());
    this.resetButton = button('Reset', () => this.go(0));
    this.stepButton.setAttribute('aria-keyshortcuts', 'ArrowRight');
    this.backButton.setAttribute('aria-keyshortcuts', 'ArrowLeft');
    this.resetButton.setAttribute('aria-keyshortcuts', 'Home');
    // Not just "Reset": the sandbox's own Reset (the code) is next to it.
    this.resetButton.setAttribute('aria-label', 'Reset steps');
    this.controls = group('graph-stepper', `${what}: step through`, this.stepButton, this.backButton, this.playButton, this.resetButton, this.speedPicker());
    this.status.className = 'graph-status';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-label', `${what}: current step`);
    this.update(0);
  }

  /** "Play speed": each choice says how long the whole pass takes at it; a change applies at once, even mid-play. */
  private speedPicker(): HTMLElement {
    const id = `graph-play-speed-${++speedLists}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: 'Play speed' });
    this.speed.id = id;
    this.speed.append(...PLAY_SPEEDS.map((s) => new Option(speedLabel(this.total, s), s.id, s.id === DEFAULT_PLAY_SPEED, s.id === DEFAULT_PLAY_SPEED)));
    this.speed.addEventListener('change', () => {
      if (this.timer !== undefined) this.startTimer();
    });
    const picker = document.createElement('span');
    picker.className = 'graph-speed';
    picker.append(label, this.speed);
    return picker;
  }

  focus(): void {
    this.stepButton.focus();
  }

  /** Arrow keys step, Home resets, End jumps to the end. */
  handleKey(event: KeyboardEvent): boolean {
    const to = { ArrowRight: this.done + 1, ArrowLeft: this.done - 1, Home: 0, End: this.total }[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return false;
    this.stop();
    this.go(to);
    return true;
  }

  go(done: number): void {
    if (done < 0 || done > this.total) return;
    if (done !== this.done + 1) this.stop(); // anything but the next step stops Play
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

  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.playButton.textContent = 'Play';
  }

  private togglePlay(): void {
    if (this.timer !== undefined) return this.stop();
    if (this.done === this.total) this.go(0);
    this.playButton.textContent = 'Stop';
    this.startTimer();
    this.go(this.done + 1); // a pass of one step ends (and stops) right here
  }

  private startTimer(): void {
    clearInterval(this.timer);
    const speed = PLAY_SPEEDS.find((s) => s.id === this.speed.value) ?? PLAY_SPEEDS.find((s) => s.id === DEFAULT_PLAY_SPEED)!;
    this.timer = setInterval(() => {
      if (this.done >= this.total) this.stop();
      else this.go(this.done + 1);
    }, playInterval(this.total, speed));
  }

  private update(done: number): void {
    setEnabled(this.stepButton, done < this.total);
    setEnabled(this.backButton, done > 0);
    setEnabled(this.resetButton, done > 0);
    if (done >= this.total) this.stop();
  }
}
