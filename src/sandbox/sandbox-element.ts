// <mg-sandbox>: the only sandbox code a lesson page loads up front. It waits until the learner clicks the
// code or Run, or scrolls near it, and only then loads the editor and everything else (sandbox-ui.ts).
import { LIVE_RUNS_CHANGED, liveRunsOn, setLiveRuns } from './live-runs.ts';
import type { SandboxController } from './sandbox-ui.ts';

class SandboxElement extends HTMLElement {
  private activation?: Promise<SandboxController>;
  private observer?: IntersectionObserver;
  /** Set once mounted, when every button's own handler is in place. */
  private controller?: SandboxController;

  /**
   * The code in the sandbox's editor, or undefined before it is started; read-only, as a form control's value
   * is to a script. The grader reads it to be sure that what it checked is the answer it pasted.
   */
  get code(): string | undefined {
    return this.controller?.code();
  }

  connectedCallback(): void {
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    // "Run again as I type": one setting for every sandbox, followed by every checkbox on the page.
    const liveToggle = this.querySelector<HTMLInputElement>('[data-part="live-toggle"]');
    if (liveToggle) {
      liveToggle.checked = liveRunsOn();
      liveToggle.addEventListener('change', () => setLiveRuns(liveToggle.checked));
      document.addEventListener(LIVE_RUNS_CHANGED, (e) => (liveToggle.checked = (e as CustomEvent<boolean>).detail));
    }
    // Run and Check work before activation too: they activate the sandbox, then do their job.
    const run = this.querySelector<HTMLButtonElement>('[data-part="run"]')!;
    run.addEventListener('click', () => void this.activate().then((sandbox) => sandbox.run()));
    this.querySelector('[data-part="check"]')?.addEventListener('click', () => void this.activate().then((sandbox) => sandbox.check?.()));
    // Reset, hints and the solution are shown from the start too, so the bar does not grow (and the page move)
    // when the sandbox activates; pressed before, they activate it and then do their job.
    for (const early of this.querySelectorAll<HTMLButtonElement>('[data-activates]')) {
      early.addEventListener('click', () => {
        if (!this.controller) void this.activate().then(() => early.click());
      });
    }
    this.querySelector('[data-part="editor"]')!.addEventListener('click', () => void this.activate(), { once: true });
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void this.activate(), {
      rootMargin: '150px 0px',
    });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }

  activate(): Promise<SandboxController> {
    if (!this.activation) {
      this.observer?.disconnect();
      this.dataset.state = 'loading';
      this.activation = import('./sandbox-ui.ts')
        .then(({ mountSandbox }) => mountSandbox(this))
        .then((sandbox) => {
          this.controller = sandbox;
          return sandbox;
        });
    }
    return this.activation;
  }
}

customElements.define('mg-sandbox', SandboxElement);
