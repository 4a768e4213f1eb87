import { expect, test } from 'vitest';
import { inlineCode } from './inline-code.ts';

test('backticks become code, and everything is escaped', () => {
  expect(inlineCode('Use `a.mul(b)` & <b>not</b> `x<y`')).toBe('Use <code>a.mul(b)</code> &#38; &#60;b&#62;not&#60;/b&#62; <code>x&#60;y</code>');
});
