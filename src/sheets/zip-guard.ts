// An uploaded Office file is a zip from a stranger: its sizes are checked before anything inflates it.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../domain/errors.ts';

export interface ZipLimits {
  /** Parts in the archive: a workbook has a few dozen. */
  maxEntries: number;
  /** Bytes of all parts once inflated, as declared and as they really inflate. */
  maxTotal: number;
}

/** Room for a 20,000-row sheet (about 10 MB of XML) several times over, not for a bomb. */
export const SHEET_LIMITS: ZipLimits = { maxEntries: 1000, maxTotal: 64 * 1024 * 1024 };

const refuse = (why: string) => new AppError('invalid', `file: tệp nén không hợp lệ hoặc quá lớn khi giải nén (${why})`);

/**
 * Reads the central directory and refuses the archive when the declared uncompressed sizes add up
 * past the limit, before one byte is inflated. Declared sizes can lie, and the Excel reader
 * (JSZip) inflates a part whole before it compares: so each part is then inflated here with
 * Node's `maxOutputLength` set to its declared size, which stops a liar at that size instead of
 * at the end of memory. Many directory entries pointing at one part count once per entry, so the
 * overlapping-entries bomb is refused by the sum. ZIP64 is refused: no sheet needs 4 GB.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = SHEET_LIMITS): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('không tìm thấy mục lục của tệp nén');
  const count = b.readUInt16LE(eocd + 10);
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw refuse('ZIP64');
  if (count > limits.maxEntries) throw refuse(`${count} phần`);
  if (cdOffset + cdSize > eocd) throw refuse('mục lục hỏng');

  const entries: { method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw refuse('mục lục hỏng');
    const e = { method: b.readUInt16LE(p + 10), compressed: b.readUInt32LE(p + 20), size: b.readUInt32LE(p + 24), local: b.readUInt32LE(p + 42) };
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) throw refuse('ZIP64');
    total += e.size;
    if (total > limits.maxTotal) throw refuse(`hơn ${Math.round(limits.maxTotal / 1024 / 1024)} MB`);
    entries.push(e);
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }

  for (const e of entries) {
    if (e.local + 30 > b.length || b.readUInt32LE(e.local) !== 0x04034b50) throw refuse('phần hỏng');
    const start = e.local + 30 + b.readUInt16LE(e.local + 26) + b.readUInt16LE(e.local + 28);
    if (start + e.compressed > b.length) throw refuse('phần hỏng');
    if (e.method === 0) {
      if (e.compressed !== e.size) throw refuse('kích thước không khớp');
    } else if (e.method === 8) {
      try {
        // A part that inflates past its declared size throws here, at that size.
        inflateRawSync(b.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, e.size) });
      } catch {
        throw refuse('kích thước khai báo sai');
      }
    } else {
      throw refuse(`kiểu nén ${e.method}`);
    }
  }
}
