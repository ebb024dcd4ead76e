import { describe, expect, it } from 'vitest';
import { cleanFilename, sniffAttachment } from './file-type.ts';

const b = (...x: (number | string)[]) => new Uint8Array(x.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));

describe('sniffAttachment', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['a PDF', b('%PDF-1.7\n...'), 'pdf'],
    ['a PNG', b(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'png'],
    ['a JPEG', b(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['a Word file', b('PK', 3, 4, '....word/document.xml'), 'docx'],
    ['an Excel file', b('PK', 3, 4, '....xl/workbook.xml'), 'xlsx'],
    ['another zip', b('PK', 3, 4, '....evil.exe'), null],
    ['plain Vietnamese text', new TextEncoder().encode('Biên bản họp ngày 20/8'), 'txt'],
    ['HTML posing as text', new TextEncoder().encode('<html><script>alert(1)</script>'), null],
    ['an executable', b('MZ', 0x90, 0, 3, 0, 0xff), null],
  ])('%s', (_n, bytes, type) => expect(sniffAttachment(bytes)).toBe(type));
});

describe('cleanFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\Biên bản.pdf', 'Biên bản.pdf'],
    ['bao"cao\r\n.pdf', 'baocao.pdf'],
    ['', 'tep-dinh-kem'],
  ])('%s → %s', (name, clean) => expect(cleanFilename(name)).toBe(clean));
});
