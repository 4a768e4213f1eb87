/**
 * Double-double arithmetic: a number carried as the unevaluated sum hi + lo of two doubles, about 32
 * significant digits. Built on the error-free transformations (Knuth's two-sum, Dekker's two-product), which
 * give the exact rounding error of one addition or multiplication. Used where one rounding must be the only
 * one: the correctly rounded tanh, and PyTorch's fused 1 - t² in the tensor module.
 */

/** A double-double: the number hi + lo, with |lo| at most half a unit in the last place of hi. */
export type DD = readonly [hi: number, lo: number];


export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

export function split(a: number): DD {
  const c = 134217729 * a; // 2^27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}

export function twoProduct(a: number, b: number): DD {
  const p = a * b;
  return [p, productError(a, b, p)];
}

/**
 * a·b - p exactly, for p = a·b rounded: twoProduct's low part, as a plain number (with the splits written out,
 * no arrays), for the hot path of tanh.
 */
export function productError(a: number, b: number, p: number): number {
  const c = 134217729 * a; // split(a)
  const ah = c - (c - a);
  const al = a - ah;
  const d = 134217729 * b; // split(b)
  const bh = d - (d - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

export function normalize(hi: number, lo: number): DD {
  const s = hi + lo;
  return [s, lo - (s - hi)];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return normalize(s, e + a[1] + b[1]);
}

export function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProduct(a[0], b[0]);
  return normalize(p, e + a[0] * b[1] + a[1] * b[0]);
}

export function mulNumber(a: DD, b: number): DD {
  const [p, e] = twoProduct(a[0], b);
  return normalize(p, e + a[1] * b);
}

export function divNumber(a: DD, b: number): DD {
  const q = a[0] / b;
  const [p, e] = twoProduct(q, b);
  return normalize(q, (a[0] - p - e + a[1]) / b);
}

export function div(a: DD, b: DD): DD {
  const q = a[0] / b[0];
  const r = sub(a, mulNumber(b, q)); // what q misses, to double-double precision
  return normalize(q, (r[0] + r[1]) / b[0]);
}
