/**
 * Adam: gradient descent where each parameter's step is its gradient's running mean (momentum, m) divided by
 * the square root of its running mean square (v), so every parameter moves at about the same rate whatever
 * the size of its gradient. Both means start at 0 and are corrected for it (m̂, v̂).
 */
import type { Value } from '../value.ts';

export interface AdamOptions {
  /** The step size (microgpt: 0.01). */
  lr?: number;
  /** How much of m is kept at each step (microgpt: 0.85). */
  beta1?: number;
  /** How much of v is kept at each step (microgpt: 0.99). */
  beta2?: number;
  /** Keeps the division safe where v is 0. */
  eps?: number;
}

export class Adam {
  readonly params: readonly Value[];
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** The running mean of each parameter's gradient. */
  readonly m: Float64Array;
  /** The running mean of each parameter's squared gradient. */
  readonly v: Float64Array;
  /** Steps taken so far. */
  t = 0;

  constructor(params: readonly Value[], { lr = 0.01, beta1 = 0.85, beta2 = 0.99, eps = 1e-8 }: AdamOptions = {}) {
    this.params = params;
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new Float64Array(params.length);
    this.v = new Float64Array(params.length);
  }

  /** One update of every parameter from its gradient, with step size `lr` (default: the optimizer's). Zeroes the gradients after. */
  step(lr = this.lr): void {
    this.t += 1;
    const { beta1, beta2, eps, m, v } = this;
    this.params.forEach((p, i) => {
      m[i] = beta1 * m[i] + (1 - beta1) * p.grad;
      v[i] = beta2 * v[i] + (1 - beta2) * p.grad * p.grad;
      const mHat = m[i] / (1 - beta1 ** this.t);
      const vHat = v[i] / (1 - beta2 ** this.t);
      p.data -= (lr * mHat) / (Math.sqrt(vHat) + eps);
      p.grad = 0;
    });
  }
}
