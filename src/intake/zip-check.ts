// Limits on an uploaded zip (.xlsx, .docx) read from its central directory before a byte is inflated,
// then checked again while inflating, because the declared sizes are the sender's word, not a fact.
import { inflateRawSync } from 'node:zlib';
import { AppError, invalid, type Bilingual } from '../domain/errors.ts';

export interface ZipLimits {
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Largest inflated/compressed ratio of an entry larger than 1 MB (XML of an office file stays under ~30). */
  maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 2000, maxRatio: 200 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

// What passed the limit is said in the reader's language too.
const tooLarge = (what: Bilingual) =>
  new AppError('too_large', { vi: `file: tệp nén vượt giới hạn an toàn (${what.vi}); tệp bị từ chối trước khi giải nén`, en: `file: the archive passes a safety limit (${what.en}); it is refused before it is unpacked` });
const broken = () => invalid({ vi: 'file: tệp không phải là tệp nén hợp lệ (.xlsx/.docx)', en: 'file: not a valid .xlsx/.docx archive' });
const ZIP64: Bilingual = { vi: 'zip64', en: 'zip64' };

/** The central directory's entries, refused when any declared figure passes the limits. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment is at most that long).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // Zip64 markers (0xFFFF / 0xFFFFFFFF) mean sizes past 4 GB: never an office file we accept.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw tooLarge(ZIP64);
  if (count > limits.maxEntries) throw tooLarge({ vi: `${count} mục`, en: `${count} entries` });
  if (cdOffset + cdSize > eocd) throw broken();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw broken();
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw tooLarge(ZIP64);
    if (method !== 0 && method !== 8) throw invalid({ vi: `file: phương thức nén không hỗ trợ (${method})`, en: `file: unsupported compression method (${method})` });
    if (localOffset + 30 + compressedSize > cdOffset) throw broken();
    if (size > limits.maxEntryBytes) throw tooLarge({ vi: `${name}: ${size} byte`, en: `${name}: ${size} bytes` });
    if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > limits.maxRatio) {
      const ratio = Math.round(size / Math.max(1, compressedSize));
      throw tooLarge({ vi: `${name}: tỉ lệ nén ${ratio}`, en: `${name}: compression ratio ${ratio}` });
    }
    total += size;
    if (total > limits.maxTotalBytes) throw tooLarge({ vi: `tổng ${total} byte`, en: `${total} bytes in all` });
    entries.push({ name, method, compressedSize, size, localOffset });
  }
  checkLocalHeaders(buf, entries, cdOffset);
  return entries;
}

/**
 * A streaming reader walks the local headers, not the directory: so they must be exactly the listed
 * entries, back to back, with the listed names, or a hidden entry could slip past the checks above.
 */
function checkLocalHeaders(buf: Buffer, entries: ZipEntry[], cdOffset: number): void {
  let at = 0;
  for (const e of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const gap = e.localOffset - at;
    if (gap !== 0 && gap !== 12 && gap !== 16) throw broken(); // a data descriptor (with or without its signature) at most
    if (buf.readUInt32LE(e.localOffset) !== 0x04034b50) throw broken();
    const nameLen = buf.readUInt16LE(e.localOffset + 26);
    const extraLen = buf.readUInt16LE(e.localOffset + 28);
    if (buf.subarray(e.localOffset + 30, e.localOffset + 30 + nameLen).toString('utf8') !== e.name) throw broken();
    at = e.localOffset + 30 + nameLen + extraLen + e.compressedSize;
  }
  const tail = cdOffset - at;
  if (tail !== 0 && tail !== 12 && tail !== 16) throw broken();
}

/**
 * Inflates every entry with a ceiling of its declared size, so an entry that lies about its size
 * stops at the lie instead of filling memory. Costs one pass over at most maxTotalBytes.
 */
export function verifyZip(bytes: Uint8Array, entries: ZipEntry[]): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (buf.readUInt32LE(e.localOffset) !== 0x04034b50) throw broken();
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw broken();
      continue;
    }
    let out: Buffer;
    try {
      // maxOutputLength makes zlib stop with a RangeError once the declared size is passed by one byte.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
    } catch (err) {
      if (err instanceof RangeError) throw tooLarge({ vi: `${e.name}: lớn hơn kích thước khai báo`, en: `${e.name}: larger than its declared size` });
      throw broken();
    }
    if (out.length !== e.size) throw tooLarge({ vi: `${e.name}: khác kích thước khai báo`, en: `${e.name}: not its declared size` });
  }
}
