// A zip bomb is refused from its directory, without inflating; a liar about sizes is stopped at the size it declared.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { AppError } from '../domain/errors.ts';
import { ZIP_LIMITS, checkZip, verifyZip } from './zip-check.ts';

async function zip(parts: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(parts)) z.file(name, data);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('checkZip', () => {
  it('lets an ordinary archive through', async () => {
    expect(() => checkZip(new Uint8Array(0))).toThrow(/tệp nén/u);
    const ok = await zip({ 'xl/a.xml': '<a/>'.repeat(1000) });
    expect(() => verifyZip(ok, checkZip(ok))).not.toThrow();
  });

  it('refuses declared sizes past the limit before inflating', async () => {
    // 100 MB of zeros deflate to about 100 KB.
    const bomb = await zip({ 'xl/sheet.xml': new Uint8Array(100 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => checkZip(bomb)).toThrow(/vượt giới hạn an toàn/u);
  });

  it('refuses a part that inflates past the size it declares', async () => {
    const honest = await zip({ 'a.xml': 'x'.repeat(10_000) });
    const b = Buffer.from(honest);
    // Rewrite the declared size (central directory, offset 24 of the entry) to 100 bytes.
    const cd = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    b.writeUInt32LE(100, cd + 24);
    expect(() => verifyZip(b, checkZip(b))).toThrow(/vượt giới hạn an toàn|không phải là tệp nén/u);
  });

  it('refuses too many parts', async () => {
    const many = await zip(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, 'x'])));
    expect(() => checkZip(many, { ...ZIP_LIMITS, maxEntries: 10 })).toThrow(/20 mục/u);
  });

  // Each refusal in the reader's language: one language a message, never both in one string.
  it.each([
    ['not a zip', () => checkZip(new Uint8Array(0)), /^file: tệp không phải là tệp nén hợp lệ/u, /^file: not a valid \.xlsx\/\.docx archive$/],
    ['too many parts', async () => checkZip(await zip(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, 'x']))), { ...ZIP_LIMITS, maxEntries: 10 }), /\(20 mục\)/u, /\(20 entries\); it is refused before it is unpacked$/],
  ] as const)('says %s in Vietnamese or in English', async (_what, run, vi, en) => {
    const e = await (async () => run())().then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    const text = (e as AppError).text!;
    expect(text.vi).toMatch(vi);
    expect(text.en).toMatch(en);
    expect(text.en).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  });
});
