// A PDF made of one grey image per page and no text layer: what a scanner gives. Built by hand (a few objects and
// their cross-reference table), so that tests need no binary fixture and no PDF library.
import { deflateSync } from 'node:zlib';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, rows from the top. */
  pixels: Uint8Array;
}

/** The image of a binary PGM ("P5") file, as pdftoppm -pgm writes it. */
export function readPgm(bytes: Uint8Array): GreyImage {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(head);
  if (!m) throw new Error('not a binary 8-bit PGM');
  const [width, height] = [Number(m[1]), Number(m[2])];
  return { width, height, pixels: bytes.subarray(m[0].length, m[0].length + width * height) };
}

/** One page per image, each drawn over the whole page at `dpi`. */
export function imagePdf(images: GreyImage[], dpi = 150): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const kids = images.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${images.length} >>`);
  images.forEach((img, i) => {
    const [w, h] = [(img.width * 72) / dpi, (img.height * 72) / dpi].map((v) => v.toFixed(2));
    const page = 3 + i * 3;
    const data = deflateSync(img.pixels);
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`);
    add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
    add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
