// control() and pause() in the run worker: sliders the learner's code asks for, whose values the page sends
// back while the code runs. Messages reach a worker only between tasks, so a long loop calls `await pause()`.
import { describe } from '../../../engine/value.ts';
import type { ControlSpec } from '../protocol.ts';

class Controls {
  private readonly values = new Map<string, { value: number; min: number; max: number }>();
  private readonly channel = new MessageChannel();
  private readonly waiting: Array<() => void> = [];

  constructor() {
    this.channel.port1.onmessage = () => this.waiting.shift()?.();
  }

  add(name: unknown, options: { value: number; min: number; max: number; step?: number }, show: (spec: ControlSpec) => void): { readonly value: number } {
    if (typeof name !== 'string' || name === '') throw new TypeError(`control: the first argument is the control's name, a string; got ${describe(name)}`);
    const { value, min, max, step = (max - min) / 100 } = options ?? {};
    for (const [key, n] of Object.entries({ value, min, max, step })) {
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new TypeError(`control: ${key} must be a finite number, got ${describe(n)}`);
    }
    if (!(min < max) || value < min || value > max) throw new RangeError(`control: value (${value}) must lie between min (${min}) and max (${max}), with min < max`);
    const state = { value, min, max };
    this.values.set(name, state);
    show({ name, value, min, max, step });
    return {
      get value() {
        return state.value;
      },
    };
  }

  /** The page moved a control: clamped to its range, as the slider is. */
  set(name: string, value: number): void {
    const state = this.values.get(name);
    if (state && Number.isFinite(value)) state.value = Math.min(state.max, Math.max(state.min, value));
  }

  /** Resolves after every message already waiting (a control moved) has been handled: a task's turn, no timer's 4 ms. */
  pause(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.channel.port2.postMessage(null);
    });
  }
}

export const controls = new Controls();
