/**
 * Number formatting as Python prints it, so that what a learner sees matches the seed's output.
 */

/** Python's `repr(float)`: shortest round-trip digits, `2.0` not `2`, exponent form below 1e-4 and from 1e16. */
export function pythonRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() with no argument gives the shortest digits that round-trip, as Python's repr does.
  const [mantissa, exponentText] = x.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = String(x); // in this range JavaScript prints plain decimals with the same digits
  return text.includes('.') ? text : `${text}.0`;
}

/** Python's `'%.4f' % x` (the seed's draw_dot labels): `-0.0000` keeps its sign, NaN is `nan`. */
export function pythonFixed(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const text = x.toFixed(digits);
  // JavaScript drops the sign of values that round to zero; C's printf keeps it.
  return (x < 0 || Object.is(x, -0)) && !text.startsWith('-') ? `-${text}` : text;
}
