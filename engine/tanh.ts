/**
 * tanh, correctly rounded: the exact hyperbolic tangent rounded to the nearest double.
 *
 * Why not Math.tanh: it is within one unit in the last place, but the course's first number is one of the
 * inputs where that unit shows. The seed's neuron has n = 0.8813735870195432, and Python, PyTorch and the exact
 * value all give o = 0.7071067811865476; Math.tanh gives 0.7071067811865477. Rounding the exact value is the
 * one rule that reproduces every number the seed prints. (The seed's own (e^2x - 1)/(e^2x + 1) does too, but
 * loses digits near 0 and is NaN past |x| ≈ 355.)
 *
 * How, in two tries (Ziv's strategy): a fast try (tanhFast below) computes tanh to about 65 bits and returns
 * its rounding whenever the rounding is certain, which is all but about one call in a thousand. The others are
 * too close to the midpoint between two doubles to decide with 65 bits; they take the slow, exact path
 * (tanhExact), which carries about 100 bits. Both give the same double wherever the fast one answers (see the
 * error bound in tanhFast), so tanh is the slow path's function at close to Math.tanh's cost.
 */
import { add, div, divNumber, mul, mulNumber, neg, productError, sub, type DD } from './double-double.ts';

export function tanh(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1e-9)) return x; // tiny or NaN: tanh(x) = x - x³/3 + …, and x³/3 is below half a unit of x
  if (a > 22) return Math.sign(x); // 1 - tanh(a) < 2·e^(-2a), far below half a unit of 1
  const t = tanhFast(a);
  return Math.sign(x) * (t === t ? t : tanhExactPositive(a)); // t !== t: NaN, the fast try could not decide
}

/** The slow path alone: tanh(x) from ~100-bit double-double arithmetic, then rounded once. */
export function tanhExact(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1e-9)) return x;
  if (a > 22) return Math.sign(x);
  return Math.sign(x) * tanhExactPositive(a);
}

/** tanh(a) = -m / (2 + m) with m = e^(-2a) - 1, all in double-double, so the one rounding at the end is the only one. */
function tanhExactPositive(a: number): number {
  const m = expm1([-2 * a, 0]);
  const [hi, lo] = div(neg(m), add(m, [2, 0]));
  return hi + lo;
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const HALVINGS = 10; // e^r is computed for r / 2^10, then squared back up, so that a short series suffices
const TERMS = 9; // (0.35 / 2^10)^10 / 10! < 2^-106: the series' next term is below double-double precision

/** e^y - 1 for y <= 0, as a double-double. */
function expm1(y: DD): DD {
  // y = k·ln2 + r with |r| <= ln2/2, so e^y = 2^k · e^r.
  const k = Math.round(y[0] / LN2[0]);
  let r = sub(y, mulNumber(LN2, k));
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

// ---- The fast try ----------------------------------------------------------------------------------------
//
// e^y for y = -2a is split as y = n·C + r with C = ln2/256, n = 256k + j (0 <= j < 256) and |r| <= C/2, so
// e^y = 2^k · 2^(j/256) · e^r: a table of 2^(j/256) (to ~100 bits, from the exact path above, once), a power of
// two, and e^r from six terms of its series, which converge fast because |r| <= 0.00136 < 2^-9.5. The arithmetic
// is double-double written out in scalars (no arrays: this runs once per tanh of every training step).

const STEPS = 256;
/** C = ln2/256 in three parts: C1 has 39 significant bits, so n·C1 is exact for |n| < 2^14. */
const C1 = Math.round((LN2[0] / STEPS) * 2 ** 47) / 2 ** 47;
const C2 = LN2[0] / STEPS - C1; // exact: the rest of the double ln2/256
const C3 = LN2[1] / STEPS;
const INV_C = STEPS / LN2[0];
/** 2^k for k = 0, -1, …, -64 (2^-k at index -k): y >= -44 gives k >= -64. */
const POWERS_OF_TWO = Float64Array.from({ length: 65 }, (_, i) => 2 ** -i);

/** 2^(j/256) = 2·e^(-(256-j)/256·ln2) as double-doubles, from the exact path. */
const TABLE_HI = new Float64Array(STEPS);
const TABLE_LO = new Float64Array(STEPS);
for (let j = 0; j < STEPS; j++) {
  const [hi, lo] = add(expm1(mulNumber(LN2, (j - STEPS) / STEPS)), [1, 0]);
  TABLE_HI[j] = 2 * hi;
  TABLE_LO[j] = 2 * lo;
}

/**
 * A bound on the fast try's relative error, with room to spare. The budget (|r| <= 2^-9.5, u = 2^-53):
 * - r = y - n·C is y - n·C1 (exact: n·C1 fits 53 bits, and the difference is exact by Sterbenz's lemma, y and
 *   n·C1 being within a factor 2 when n ≠ 0), minus n·C2 (rounded: u·2^-32.5 = 2^-85.5) and n·C3 (2^-100),
 *   carried as rh + rl (twoSum, exact); C itself is ln2/256 to 2^-106.
 * - e^r - 1 = rh + rh²/2 (exact: twoProduct) + rl·(1 + rh + rh²/2) + rh³/6 + … + rh⁶/720. Left out: r⁷/7! and
 *   beyond, below 2^-78.8; rl·rh³/6 (|rl| <= 2^-47.5), below 2^-78.6; the rounding of these small terms, below
 *   2^-80. So e^r - 1 is off by at most 2^-77, absolutely.
 * - n = 0 (a < 0.00068): m = e^r - 1 itself, and r = y exactly; the left-out terms are then below r·2^-69.
 * - n ≠ 0: e^y = 2^k·T·(1 + (e^r - 1)), T from the table to 2^-100; e^y is off by 2^-76 relative, and
 *   m = e^y - 1 (exact subtraction in double-double) by 2^-76 / |m| <= 2^-66.4 relative, as |m| >= 1 - e^(-C/2).
 * - t = -m / (2 + m): 2 + m >= 1, so m's relative error at most doubles (dt/t = dm/m · 2/(2 + m)), plus the
 *   double-double division's 2^-100. In all: |t - tanh(a)| <= 2^-65.3·|t|. EPS allows 2^-63, four times that.
 */
const EPS = 2 ** -63;

/**
 * tanh(a) for 1e-9 <= a <= 22, correctly rounded, or NaN when the fast try cannot tell which way it rounds.
 * Exported for the tests, which count how often that happens and hold it to the exact path's results.
 */
export function tanhFast(a: number): number {
  const y = -2 * a;
  const n = Math.round(y * INV_C);
  // r = y - n·C = rh + rl
  const s = y - n * C1;
  const t2 = n * C2;
  const rh = s - t2;
  const v = rh - s;
  const rl = s - (rh - v) + (-t2 - v) - n * C3; // twoSum(s, -t2)'s error, then the smallest part of n·C
  // q = e^r - 1 = qh + ql
  const sh = rh * rh;
  const sl = productError(rh, rh, sh);
  const half = sh / 2; // rh²/2 = half + sl/2, exactly
  const qh = rh + half;
  const w = qh - rh;
  const tail =
    rl + rl * rh * (1 + rh / 2) + rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720))));
  const ql = rh - (qh - w) + (half - w) + sl / 2 + tail;
  // m = e^y - 1 = mh + ml
  let mh: number;
  let ml: number;
  if (n === 0) {
    mh = qh;
    ml = ql;
  } else {
    const j = n & (STEPS - 1); // n mod 256, in 0..255 (two's complement, so right for n < 0 too)
    const scale = POWERS_OF_TWO[(j - n) / STEPS]; // 2^k, exact
    const th = TABLE_HI[j];
    const tl = TABLE_LO[j];
    // e^y / 2^k = T·(1 + q) = th + th·qh + (tl + th·ql + tl·qh); th·qh exactly by twoProduct
    const uh = th * qh;
    const ul = productError(th, qh, uh);
    const eh = th + uh;
    const z = eh - th;
    const el = th - (eh - z) + (uh - z) + ul + tl + th * ql + tl * qh;
    // e^y - 1: eh·2^k - 1 is exact only sometimes, so twoSum it
    const p = eh * scale;
    mh = p - 1;
    const zz = mh - p;
    ml = p - (mh - zz) + (-1 - zz) + el * scale;
  }
  // Renormalized (fast two-sum), so that ml is below a unit of mh: the division's one correction step below is
  // only that accurate when the quotient's first guess is off by about a unit.
  const sum = mh + ml;
  ml -= sum - mh;
  mh = sum;
  // t = -m / (2 + m): a quotient q0 and its correction, res/dh, from the exact remainder
  const dh = 2 + mh;
  const zd = dh - 2;
  const dl = 2 - (dh - zd) + (mh - zd) + ml;
  const q0 = -mh / dh;
  const ph = q0 * dh;
  const pl = productError(q0, dh, ph);
  const correction = (-mh - ph - pl - ml - q0 * dl) / dh; // -mh - ph is exact: the two are within a unit
  // Ziv's test: if both ends of q0 + correction ± EPS·q0 round to the same double, so does tanh(a).
  const err = EPS * q0;
  const low = q0 + (correction - err);
  return low === q0 + (correction + err) ? low : NaN;
}
