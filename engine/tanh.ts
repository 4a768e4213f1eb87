/**
 * tanh, correctly rounded: the exact hyperbolic tangent rounded to the nearest double.
 *
 * Why not Math.tanh: it is within one unit in the last place, but the course's first number is one of the
 * inputs where that unit shows. The seed's neuron has n = 0.8813735870195432, and Python, PyTorch and the exact
 * value all give o = 0.7071067811865476; Math.tanh gives 0.7071067811865477. Rounding the exact value is the
 * one rule that reproduces every number the seed prints. (The seed's own (e^2x - 1)/(e^2x + 1) does too, but
 * loses digits near 0 and is NaN past |x| ≈ 355.)
 *
 * How: tanh(a) = -m / (2 + m) with m = e^(-2a) - 1, all in double-double arithmetic (a number carried as an
 * unevaluated sum hi + lo, about 32 significant digits), so the one rounding at the end is the only one.
 */
import { add, div, divNumber, mul, mulNumber, neg, sub, type DD } from './double-double.ts';

export function tanh(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1e-9)) return x; // tiny or NaN: tanh(x) = x - x³/3 + …, and x³/3 is below half a unit of x
  if (a > 22) return Math.sign(x); // 1 - tanh(a) < 2·e^(-2a), far below half a unit of 1
  const m = expm1(-2 * a);
  const [hi, lo] = div(neg(m), add(m, [2, 0]));
  return Math.sign(x) * (hi + lo);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const HALVINGS = 10; // e^r is computed for r / 2^10, then squared back up, so that a short series suffices
const TERMS = 9; // (0.35 / 2^10)^10 / 10! < 2^-106: the series' next term is below double-double precision

/** e^y - 1 for y <= 0, as a double-double. */
function expm1(y: number): DD {
  // y = k·ln2 + r with |r| <= ln2/2, so e^y = 2^k · e^r.
  const k = Math.round(y / LN2[0]);
  let r = sub([y, 0], mulNumber(LN2, k));
  r = [r[0] / 2 ** HALVINGS, r[1] / 2 ** HALVINGS]; // exact: a power of two
  // e^r - 1 = r + r²/2! + r³/3! + …
  let term = r;
  let sum = r;
  for (let n = 2; n <= TERMS; n++) {
    term = divNumber(mul(term, r), n);
    sum = add(sum, term);
  }
  // e^(2r) - 1 = (e^r - 1)(e^r + 1): undoes one halving without ever forming 1 + (something tiny).
  for (let i = 0; i < HALVINGS; i++) sum = mul(sum, add(sum, [2, 0]));
  if (k === 0) return sum;
  // e^y - 1 = 2^k·(1 + (e^r - 1)) - 1; here k < 0, so 2^k·(…) <= 0.71 and subtracting 1 loses nothing.
  const scale = 2 ** k; // exact
  return sub(add([scale, 0], [sum[0] * scale, sum[1] * scale]), [1, 0]);
}
