// Reading uploaded tables: CSV with BOM and quoted commas, xlsx with day cells, caps on rows and cells.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_ROWS, readTable } from './table-file.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readTable: CSV', () => {
  it('reads the sample roster: quoted fields with commas, 24 rows numbered from 2', async () => {
    const t = await readTable(readFileSync('/work/shared/congress/sample-roster.csv'));
    expect(t.headers[0]).toBe('ma_dai_bieu');
    expect(t.rows).toHaveLength(24);
    expect(t.rows[2]).toEqual({ row: 4, cells: ['S003', 'Đặng Quang Cường', 'Nam', '1977', 'Đảng bộ xã mẫu 4', 'Đương nhiên', '12/12', 'Thạc sĩ', '', 'Trung cấp', 'Chính quyền, Nhà nước'] });
  });

  it('takes a BOM, CRLF, a semicolon file, a quoted line break and doubled quotes', async () => {
    const t = await readTable(enc('\uFEFFa;b\r\n"x;1";"say ""hi""\r\nthere"\r\n'));
    expect(t).toEqual({ headers: ['a', 'b'], rows: [{ row: 2, cells: ['x;1', 'say "hi"\r\nthere'] }] });
  });

  it('refuses a file not in UTF-8, too many rows, a cell too long', async () => {
    await expect(readTable(new Uint8Array([0x61, 0x0a, 0xe0, 0x0a]))).rejects.toThrow(/UTF-8/u);
    await expect(readTable(enc('a\n' + 'x\n'.repeat(MAX_ROWS + 1)))).rejects.toThrow(/quá 20000 dòng/u);
    await expect(readTable(enc(`a,b\n1,${'y'.repeat(1001)}\n`))).rejects.toThrow(/^dòng 2, cột b: ô dài quá 1000 ký tự/u);
  });
});

describe('readTable: xlsx', () => {
  it('reads the first sheet; day cells as dd/mm/yyyy, numbers as typed, rich text and formulas by their text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kế hoạch');
    wb.addWorksheet('Khác').addRow(['ignored']);
    ws.addRow(['ma_to_chuc', 'ngay_du_kien', 'nam', 'ghi_chu']);
    ws.addRow(['C1', new Date(Date.UTC(2025, 6, 9)), 1970, { richText: [{ text: 'Chi ' }, { text: 'bộ' }] }]);
    ws.addRow([]);
    ws.addRow(['C2', '10/07/2025', { formula: '1+1', result: 2 }, null]);
    const t = await readTable(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.headers).toEqual(['ma_to_chuc', 'ngay_du_kien', 'nam', 'ghi_chu']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['C1', '09/07/2025', '1970', 'Chi bộ'] },
      { row: 4, cells: ['C2', '10/07/2025', '2', ''] },
    ]);
  });

  it('refuses a zip bomb without inflating it, and a zip that is no workbook', async () => {
    const z = new JSZip();
    z.file('xl/worksheets/sheet1.xml', new Uint8Array(70 * 1024 * 1024));
    const bomb = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(readTable(bomb)).rejects.toThrow(/vượt giới hạn an toàn/u);
    const other = await new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' });
    await expect(readTable(other)).rejects.toThrow(/không đọc được tệp Excel/u);
  });
});

// A refusal is written once in each language; the web shows the reader's, never both in one line.
describe('readTable: refusals in Vietnamese or in English', () => {
  const noZip = async () => new JSZip().file('a.txt', 'x').generateAsync({ type: 'uint8array' });
  it.each([
    ['not UTF-8', async () => new Uint8Array([0x61, 0x0a, 0xe0, 0x0a]), 'file: tệp CSV phải được lưu với mã UTF-8', 'file: save the CSV as UTF-8'],
    ['a NUL byte', async () => enc('a\u0000'), 'file: không phải tệp CSV hay Excel (.xlsx)', 'file: neither a CSV nor an Excel (.xlsx) file'],
    ['too many rows', async () => enc('a\n' + 'x\n'.repeat(MAX_ROWS + 1)), `file: quá ${MAX_ROWS} dòng dữ liệu`, `file: more than ${MAX_ROWS} rows`],
    ['a cell too long', async () => enc(`a,b\n1,${'y'.repeat(1001)}\n`), 'dòng 2, cột b: ô dài quá 1000 ký tự', 'row 2, column b: a cell longer than 1000 characters'],
    ['a zip with no worksheet', noZip, 'file: không đọc được tệp Excel (.xlsx): không có trang tính nào', 'file: the Excel workbook (.xlsx) has no worksheet'],
  ] as const)('%s', async (_what, bytes, vi, en) => {
    await expect(readTable(await bytes())).rejects.toMatchObject({ message: vi, text: { vi, en } });
  });

  it('names the long cell in the details in both languages, for the edge to pick', async () => {
    await expect(readTable(enc(`a,b\n1,${'y'.repeat(1001)}\n`))).rejects.toMatchObject({ details: [{ row: 2, column: 'b', message: { vi: 'dài quá 1000 ký tự', en: 'longer than 1000 characters' } }] });
  });
});
