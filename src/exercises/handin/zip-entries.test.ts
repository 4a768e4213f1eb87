import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { crc32, entryBytes, zipEntries, ZipFormatError } from './zip-entries.ts';

test('crc32 is the zip (IEEE) CRC', () => {
  expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array(0))).toBe(0);
});

test('reads stored and deflated entries as other zip tools write them, a trailing comment included', () => {
  const text = 'const x = 1;\n'.repeat(100);
  for (const level of [0, 9] as const) {
    const zip = zipSync({ 'a.ts': strToU8(text), 'b.json': strToU8('{}') }, { level });
    const withComment = new Uint8Array([...zip.subarray(0, zip.length - 2), 5, 0, ...strToU8('hello')]);
    const entries = zipEntries(withComment);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.ts', level === 0 ? 0 : 8, text.length],
      ['b.json', level === 0 ? 0 : 8, 2],
    ]);
    expect(new TextDecoder().decode(entryBytes(entries[0]))).toBe(text);
  }
});

test('an entry compressed some other way is refused with a reason', () => {
  const zip = zipSync({ 'a.ts': strToU8('x') }, { level: 0 });
  const [entry] = zipEntries(zip);
  expect(() => entryBytes({ ...entry, method: 12 })).toThrow(new ZipFormatError('is encrypted, or compressed in a way this cannot read'));
  expect(() => entryBytes({ ...entry, encrypted: true })).toThrow(ZipFormatError);
});
