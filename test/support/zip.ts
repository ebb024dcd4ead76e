// Zip archives built byte by byte for hostile-input tests: bombs are generated here, never committed.
import { createDeflateRaw, crc32 as zcrc } from 'node:zlib';
import JSZip from 'jszip';

export interface RawEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** The inflated size written in the headers: the truth, or a lie. */
  size: number;
  crc: number;
}

/** Deflates `length` copies of `fill` without ever holding them: a 1 GB run of spaces becomes ~1 MB. */
export async function deflateRun(prefix: string, fill: string, length: number): Promise<RawEntry & { name: '' }> {
  const z = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => z.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, fill);
  let crc = zcrc(prefix);
  z.write(prefix);
  for (let left = length; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zcrc(piece, crc);
    if (!z.write(piece)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { name: '', data: Buffer.concat(parts), size: prefix.length + length, crc };
}

/** Every entry of an existing archive, deflated again as it is (to replace one of them). */
export async function entriesOf(bytes: Uint8Array): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: RawEntry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const raw = Buffer.from(await f.async('uint8array'));
    const { deflateRawSync } = await import('node:zlib');
    out.push({ name: f.name, data: deflateRawSync(raw), size: raw.length, crc: zcrc(raw) });
  }
  return out;
}

export function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // names in UTF-8
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size >>> 0, 22);
    h.writeUInt16LE(name.length, 26);
    locals.push(h, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
