/**
 * The numbers lessons quote, computed by the course's engine: the single source of truth for them. A lesson
 * writes <N name="seed.x1.grad" /> and never types the digits, so the text cannot disagree with the code.
 */
import { torch, Value } from '../../engine/index.ts';

function seedNeuron() {
  const [x1, x2, w1, w2, b] = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432].map((x) => new Value(x));
  const x1w1 = x1.mul(w1);
  const x2w2 = x2.mul(w2);
  const sum = x1w1.add(x2w2);
  const n = sum.add(b);
  const o = n.tanh();
  o.backward();
  return { x1, x2, w1, w2, b, x1w1, x2w2, sum, n, o };
}

const seed = seedNeuron();

export const lessonNumbers = {
  'seed.n': seed.n.data,
  'seed.o': seed.o.data,
  'seed.n.grad': seed.n.grad,
  'seed.sum.grad': seed.sum.grad,
  'seed.b.grad': seed.b.grad,
  'seed.x1.grad': seed.x1.grad,
  'seed.w1.grad': seed.w1.grad,
  'seed.x2.grad': seed.x2.grad,
  'seed.w2.grad': seed.w2.grad,
  'seed.x1w1.grad': seed.x1w1.grad,
  'torch.b.float32': torch.Tensor([6.8813735870195432]).item(),
} as const satisfies Record<string, number>;

export type LessonNumber = keyof typeof lessonNumbers;

/** The number called `name`, rounded to `digits` decimals (all its digits when omitted). */
export function formatLessonNumber(name: string, digits?: number): string {
  if (!(name in lessonNumbers)) {
    throw new Error(`<N name="${name}">: no such number; known: ${Object.keys(lessonNumbers).join(', ')}`);
  }
  const value = lessonNumbers[name as LessonNumber];
  if (digits === undefined) return String(value);
  const text = value.toFixed(digits);
  return /^-0\.0*$/.test(text) ? text.slice(1) : text; // no "-0.0000"
}
