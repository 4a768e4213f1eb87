/**
 * The entries of a .zip file, read strictly, for files a learner or a teacher hands us. fflate inflates; the
 * directory is read here because fflate's unzipSync keys entries by name (a second "x.ts" silently wins),
 * decodes any name leniently and never checks a CRC — and a hand-in must be refused for all three.
 * Plain zip only (no zip64, no encryption): answers are small. Works in browsers and in Node.
 */
import { Inflate } from 'fflate';

export class ZipFormatError extends Error {}

export interface ZipEntry {
  /** The name as stored, decoded as UTF-8 (with U+FFFD where it is not UTF-8: see nameIsUtf8). */
  name: string;
  nameIsUtf8: boolean;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  encrypted: boolean;
  /** The uncompressed size the directory declares (checked against the data by entryBytes). */
  size: number;
  crc: number;
  /** The entry's data as stored (compressed, for method 8). */
  stored: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Every entry of the central directory, in order; throws ZipFormatError if `bytes` is not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const within = (at: number, length: number) => at >= 0 && at + length <= bytes.length;

  // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no zip directory');
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ZipFormatError('zip64 is not supported');
  if (!within(directoryStart, directorySize)) throw new ZipFormatError('the directory lies outside the file');

  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (!within(at, 46) || u32(at) !== DIRECTORY_ENTRY) throw new ZipFormatError('a damaged directory entry');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const storedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localStart = u32(at + 42);
    if (!within(at + 46, nameLength)) throw new ZipFormatError('a damaged directory entry');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    let nameIsUtf8 = true;
    try {
      name = strictUtf8.decode(nameBytes);
    } catch {
      name = lenientUtf8.decode(nameBytes);
      nameIsUtf8 = false;
    }
    if (!within(localStart, 30) || u32(localStart) !== LOCAL_HEADER) throw new ZipFormatError(`no data for "${name}"`);
    const dataStart = localStart + 30 + u16(localStart + 26) + u16(localStart + 28);
    if (!within(dataStart, storedSize)) throw new ZipFormatError(`the data of "${name}" lies outside the file`);
    entries.push({
      name,
      nameIsUtf8,
      method,
      encrypted: (flags & 1) !== 0,
      size,
      crc,
      stored: bytes.subarray(dataStart, dataStart + storedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entry's uncompressed bytes; throws ZipFormatError (its message says what is wrong, after the entry's
 * name: "is damaged") if the data is damaged: it does not inflate, or its
 * size or CRC differ from the directory's. Inflating stops as soon as the data outgrows the declared size,
 * so a caller that checked `size` against a limit first never inflates more than that (no zip bombs).
 */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw new ZipFormatError('is encrypted, or compressed in a way this cannot read');
  const damaged = () => new ZipFormatError('is damaged');
  let data = entry.stored;
  if (entry.method === 8) {
    const out = new Uint8Array(entry.size);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > entry.size) throw damaged();
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      // Small pieces: one piece inflates to at most ~1 MB, however it was crafted.
      const PIECE = 1024;
      for (let at = 0; at < entry.stored.length || at === 0; at += PIECE) {
        inflater.push(entry.stored.subarray(at, at + PIECE), at + PIECE >= entry.stored.length);
      }
    } catch {
      throw damaged();
    }
    data = out.subarray(0, length);
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw damaged();
  return data;
}

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it (IEEE 802.3, reflected). */
export function crc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
