import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  ANSWERS_ZIP_LIMITS,
  AnswersZipError,
  readAnswersZip,
  writeAnswersZip,
  type AnswersManifestInput,
  type AnswersZipContents,
} from './answers-zip.ts';
import { zipEntries } from './zip-entries.ts';

const knownIds = ['ops-add-mul', 'backward-topo', 'training-loop'];
const read = (bytes: Uint8Array) => readAnswersZip(bytes, { knownIds });
const kinds = (contents: AnswersZipContents) => contents.problems.map((p) => p.kind);

const manifestFor = (ids: string[]): AnswersManifestInput => ({
  course: { name: 'micrograd-course', version: '0.1.0' },
  exportedAt: '2026-03-04T10:20:30.000Z',
  exercises: ids.map((id) => ({ id, lastCheck: null })),
});

/** A zip built by hand, as a learner's unzip-and-rezip or a prankster would: any names, any bytes. */
function rawZip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])), { level });
}

const manifestJson = (ids: string[]) =>
  JSON.stringify({ format: 'micrograd-course-answers', formatVersion: 1, ...manifestFor(ids) });

function indexOf(bytes: Uint8Array, text: string): number {
  const needle = strToU8(text);
  const at = bytes.findIndex((_, i) => needle.every((b, j) => bytes[i + j] === b));
  if (at < 0) throw new Error(`no "${text}"`);
  return at;
}

/** Overwrites a 32-bit field of `name`'s central directory entry (offset from the entry's start). */
function patchDirectory(zip: Uint8Array, name: string, offset: number, value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === nameBytes.length && out.subarray(at + 46, at + 46 + length).every((b, i) => b === nameBytes[i])) {
      view.setUint32(at + offset, value, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('writeAnswersZip and readAnswersZip', () => {
  test('a round trip keeps every answer exactly, and the manifest', () => {
    const answers = new Map([
      ['ops-add-mul', 'export class Value {\n  // naïve first try: π ≈ 3.14 ✓\n}\r\n'],
      ['backward-topo', ''],
    ]);
    const manifest: AnswersManifestInput = {
      course: { name: 'micrograd-course', version: '0.1.0' },
      exportedAt: '2026-03-04T10:20:30.000Z',
      exercises: [
        { id: 'ops-add-mul', lastCheck: { result: 'pass', at: '2026-03-04T10:00:00.000Z' } },
        { id: 'backward-topo', lastCheck: null },
      ],
    };
    const zip = writeAnswersZip({ answers, manifest });
    expect(zipEntries(zip).map((e) => e.name)).toEqual(['manifest.json', 'ops-add-mul.ts', 'backward-topo.ts']);
    const back = read(zip);
    expect(back.problems).toEqual([]);
    expect(back.answers).toEqual(answers);
    expect(back.manifest).toEqual({ format: 'micrograd-course-answers', formatVersion: 1, ...manifest });
  });

  test('a hand-in with no answers is still a valid file', () => {
    const back = read(writeAnswersZip({ answers: new Map(), manifest: manifestFor([]) }));
    expect(back.problems).toEqual([]);
    expect(back.answers.size).toBe(0);
  });

  test('the writer refuses a manifest that does not list exactly the answers, or is invalid', () => {
    const answers = new Map([['ops-add-mul', 'x']]);
    expect(() => writeAnswersZip({ answers, manifest: manifestFor([]) })).toThrow(AnswersZipError);
    expect(() => writeAnswersZip({ answers, manifest: manifestFor(['ops-add-mul', 'backward-topo']) })).toThrow(/backward-topo/);
    expect(() => writeAnswersZip({ answers, manifest: { ...manifestFor(['ops-add-mul']), exportedAt: 'yesterday' } })).toThrow(/exportedAt/);
  });

  test('the writer refuses an answer too large to be loaded back', () => {
    const huge = 'x'.repeat(ANSWERS_ZIP_LIMITS.answerBytes + 1);
    expect(() => writeAnswersZip({ answers: new Map([['ops-add-mul', huge]]), manifest: manifestFor(['ops-add-mul']) })).toThrow(/ops-add-mul\.ts.*257 KB/);
  });
});

describe('readAnswersZip refuses what is not a hand-in, and says why', () => {
  test('bytes that are not a zip, an empty file, a cut-off zip', () => {
    const good = writeAnswersZip({ answers: new Map([['ops-add-mul', 'code']]), manifest: manifestFor(['ops-add-mul']) });
    for (const bytes of [strToU8('just some text, not a zip'), new Uint8Array(0), good.subarray(0, good.length - 30), good.subarray(40)]) {
      const back = read(bytes);
      expect(kinds(back)).toEqual(['not-a-zip']);
      expect(back.problems[0].message).toMatch(/^This is not a zip file, or it is damaged/);
      expect(back.answers.size).toBe(0);
      expect(back.manifest).toBeUndefined();
    }
  });

  test('damaged data inside a readable zip fails its CRC', () => {
    const code = 'export const answer = 42; // '.repeat(20);
    const zip = rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': code }, 0);
    zip[indexOf(zip, 'answer = 42') + 9] = '5'.charCodeAt(0);
    const back = read(zip);
    expect(back.problems).toContainEqual({ kind: 'damaged', file: 'ops-add-mul.ts', message: '“ops-add-mul.ts” is damaged.' });
    expect(back.answers.has('ops-add-mul')).toBe(false);
  });

  test('files other than manifest.json and <exercise>.ts, and answers to exercises that do not exist', () => {
    const back = read(
      rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': 'a', 'notes.txt': 'hi', 'not-an-exercise.ts': 'b', '.DS_Store': '' }),
    );
    expect(back.problems.map((p) => [p.kind, p.file])).toEqual([
      ['unknown-file', 'notes.txt'],
      ['unknown-exercise', 'not-an-exercise.ts'],
      ['unknown-file', '.DS_Store'],
    ]);
    expect(back.problems[1].message).toBe('“not-an-exercise.ts” is not an answer to any exercise of this course.');
    // What could be read is there for a teacher's tools; the site loads nothing while there are problems.
    expect([...back.answers.keys()]).toEqual(['ops-add-mul']);
  });

  test('folders and path tricks are refused, never taken for the exercise they name', () => {
    for (const name of ['../ops-add-mul.ts', 'dir/ops-add-mul.ts', '/ops-add-mul.ts', 'C:\\ops-add-mul.ts', 'c:ops-add-mul.ts', 'dir/']) {
      const back = read(rawZip({ 'manifest.json': manifestJson([]), [name]: 'code' }));
      expect(back.problems.map((p) => [p.kind, p.file]), name).toEqual([['bad-name', name]]);
      expect(back.answers.size).toBe(0);
    }
  });

  test('two entries with the same name: both refused, reported once', () => {
    const zip = rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': 'first', 'ops-add-mux.ts': 'second' }, 0);
    // Rename the second entry to the first's name, in its local header and in the directory.
    const from = strToU8('ops-add-mux.ts');
    for (let at = 0; at < zip.length; at++) {
      if (from.every((b, i) => zip[at + i] === b)) zip[at + from.length - 4] = 'l'.charCodeAt(0);
    }
    expect(zipEntries(zip).map((e) => e.name)).toEqual(['manifest.json', 'ops-add-mul.ts', 'ops-add-mul.ts']);
    const back = read(zip);
    expect(back.problems).toEqual([{ kind: 'duplicate', file: 'ops-add-mul.ts', message: '“ops-add-mul.ts” is in the file 2 times.' }]);
    expect(back.answers.size).toBe(0);
  });

  test('size limits: the file, an answer, the manifest, the entries, all together', () => {
    const big = new Uint8Array(ANSWERS_ZIP_LIMITS.zipBytes + 1);
    expect(kinds(read(big))).toEqual(['too-large']);

    const longAnswer = read(rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': 'x'.repeat(ANSWERS_ZIP_LIMITS.answerBytes + 1) }));
    expect(longAnswer.problems).toEqual([{ kind: 'too-large', file: 'ops-add-mul.ts', message: '“ops-add-mul.ts” is 257 KB; the most a hand-in allows is 256 KB.' }]);

    const longManifest = read(rawZip({ 'manifest.json': `${manifestJson([])}${' '.repeat(ANSWERS_ZIP_LIMITS.manifestBytes)}` }));
    expect(kinds(longManifest)).toEqual(['too-large']);

    const many = Object.fromEntries(Array.from({ length: ANSWERS_ZIP_LIMITS.entries + 1 }, (_, i) => [`f${i}.txt`, '']));
    expect(read(rawZip(many)).problems[0].message).toBe(`It holds ${ANSWERS_ZIP_LIMITS.entries + 1} files; a hand-in holds at most ${ANSWERS_ZIP_LIMITS.entries}.`);

    const perFile = ANSWERS_ZIP_LIMITS.answerBytes;
    const tooMuch = Object.fromEntries(Array.from({ length: ANSWERS_ZIP_LIMITS.totalBytes / perFile + 1 }, (_, i) => [`f${i}.ts`, 'y'.repeat(perFile)]));
    expect(read(rawZip(tooMuch)).problems[0].message).toMatch(/^Unpacked, it is \d+ KB; the most a hand-in allows is 4096 KB\.$/);
  });

  // Its 30 s limit is for building the bomb on a busy machine; reading it is what is tested, by its verdict.
  test('a zip bomb that lies about its size is stopped at the size it claims', { timeout: 30_000 }, () => {
    const zeros = new Uint8Array(16 * 1024 * 1024); // 16 MB of zeros deflate to about 16 kB
    const zip = patchDirectory(rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': zeros }), 'ops-add-mul.ts', 24, 100);
    const back = read(zip);
    expect(back.problems.map((p) => [p.kind, p.file])).toEqual([['damaged', 'ops-add-mul.ts']]);
    expect(back.answers.size).toBe(0);
  });

  test('an answer or a file name that is not UTF-8', () => {
    const latin1 = Uint8Array.from([0x2f, 0x2f, 0x20, 0x63, 0x61, 0x66, 0xe9]); // "// café" in Latin-1
    const back = read(rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': latin1 }));
    expect(back.problems).toEqual([{ kind: 'not-utf8', file: 'ops-add-mul.ts', message: '“ops-add-mul.ts” is not UTF-8 text.' }]);

    const zip = rawZip({ 'manifest.json': manifestJson([]), 'caf?.ts': 'x' }, 0);
    zip[indexOf(zip, 'caf?') + 3] = 0xe9; // the name in the local header…
    zip[zip.lastIndexOf(0x3f)] = 0xe9; // …and in the directory
    expect(kinds(read(zip))).toEqual(['bad-name']);
  });

  test('a manifest that is missing, not JSON, of another format or version, or not matching the files', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ 'ops-add-mul.ts': 'a' }, /^It has no manifest\.json, so it is not a hand-in file from this course\.$/],
      [{ 'manifest.json': '{"format":' }, /is not valid JSON/],
      [{ 'manifest.json': '[1, 2]' }, /is not a JSON object/],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), format: 'something-else' }) }, /does not say "format": "micrograd-course-answers"/],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), formatVersion: 2 }) }, /format version 2, from a newer version of the course/],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), course: 'micrograd' }) }, /has no "course"/],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), exportedAt: 12 }) }, /"exportedAt"/],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), exercises: {} }) }, /no "exercises" list/],
      [
        { 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), exercises: [{ id: 'ops-add-mul', lastCheck: { result: 'great', at: '2026-01-01T00:00:00Z' } }] }), 'ops-add-mul.ts': 'a' },
        /invalid "lastCheck" for “ops-add-mul”/,
      ],
      [{ 'manifest.json': JSON.stringify({ ...JSON.parse(manifestJson([])), exercises: [{ id: '../x' , lastCheck: null }] }) }, /without a valid "id"/],
      [{ 'manifest.json': manifestJson(['ops-add-mul', 'ops-add-mul']), 'ops-add-mul.ts': 'a' }, /lists “ops-add-mul” twice/],
      [{ 'manifest.json': manifestJson(['ops-add-mul', 'backward-topo']), 'ops-add-mul.ts': 'a' }, /lists “backward-topo”, but backward-topo\.ts is not in the file/],
      [{ 'manifest.json': manifestJson([]), 'ops-add-mul.ts': 'a' }, /“ops-add-mul\.ts” is in the file but not in its manifest\.json/],
    ];
    for (const [files, message] of cases) {
      const back = read(rawZip(files));
      expect(back.problems.map((p) => p.message).join(' '), JSON.stringify(files)).toMatch(message);
      expect(back.problems.every((p) => p.kind === 'no-manifest' || p.kind === 'bad-manifest')).toBe(true);
      // A manifest of the right shape is returned even when it does not match the files.
      expect(back.manifest === undefined, JSON.stringify(files)).toBe(!/is not in the file|is in the file but/.test(message.source));
    }
  });

  test('an answer refused for its own reason is not also blamed on the manifest', () => {
    const back = read(rawZip({ 'manifest.json': manifestJson(['ops-add-mul']), 'ops-add-mul.ts': Uint8Array.from([0xff]) }));
    expect(kinds(back)).toEqual(['not-utf8']);
    expect(back.manifest).toBeDefined();
  });

  test('which exercises exist is up to the caller', () => {
    const zip = writeAnswersZip({ answers: new Map([['layer-mlp', 'x']]), manifest: manifestFor(['layer-mlp']) });
    expect(kinds(read(zip))).toEqual(['unknown-exercise']);
    expect(readAnswersZip(zip, { knownIds: new Set(['layer-mlp']) }).problems).toEqual([]);
  });
});
