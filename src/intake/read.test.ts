import { describe, expect, it } from 'vitest';
import { documentText, sniffFormat } from './read.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it.each([
    ['Kết luận của Ban Thường vụ', 'txt'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <p>Đoạn văn</p>', 'html'],
    ['%PDF-1.7 ...', 'pdf'],
    ['a\u0000b', 'binary'],
  ])('%s → %s', (content, format) => expect(sniffFormat(bytes(content))).toBe(format));

  it('calls invalid UTF-8 binary, whatever the file name', () => {
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toBe('binary');
  });
});

describe('documentText', () => {
  it('takes the text of an HTML page', async () => {
    const r = await documentText(bytes('<html><body><h1>Thông báo</h1><p>Hoàn thành <b>trước ngày 20/8</b>.</p><script>x()</script></body></html>'));
    expect(r.format).toBe('html');
    expect(r.text).toContain('Hoàn thành trước ngày 20/8.');
  });

  it('refuses a damaged PDF with a clear reason (a readable one: test/intake.test.ts)', async () => {
    await expect(documentText(bytes('%PDF-1.4'))).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/không đọc được tệp PDF/) });
  });
});
