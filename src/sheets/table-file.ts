// An uploaded table (.csv or .xlsx, told apart by its bytes) as header names and rows of text, with its size capped.
import type ExcelJS from 'exceljs';
import { excel } from './excel.ts';
import { AppError, invalid } from '../domain/errors.ts';
import type { Table } from '../domain/congress/rows.ts';
import { checkZip, verifyZip } from '../intake/zip-check.ts';

export const MAX_ROWS = 20_000;
export const MAX_CELL = 1000;

const tooMany = () => new AppError('too_large', { vi: `file: quá ${MAX_ROWS} dòng dữ liệu`, en: `file: more than ${MAX_ROWS} rows` });

/** Caps what a hostile file can make us hold: row count and cell length, with the row and column named. */
function capped(headers: string[], rows: { row: number; cells: string[] }[]): Table {
  if (rows.length > MAX_ROWS) throw tooMany();
  for (const r of [{ row: 1, cells: headers }, ...rows]) {
    const i = r.cells.findIndex((c) => c.length > MAX_CELL);
    if (i < 0) continue;
    const column = headers[i]?.trim() || String(i + 1);
    throw invalid(
      { vi: `dòng ${r.row}, cột ${column}: ô dài quá ${MAX_CELL} ký tự`, en: `row ${r.row}, column ${column}: a cell longer than ${MAX_CELL} characters` },
      [{ row: r.row, column: headers[i] ?? String(i + 1), message: { vi: `dài quá ${MAX_CELL} ký tự`, en: `longer than ${MAX_CELL} characters` } }],
    );
  }
  return { headers, rows };
}

/**
 * CSV as offices save it: UTF-8 with or without a BOM, quoted fields holding commas or line breaks,
 * a comma or (Excel in a Vietnamese locale) a semicolon between fields. Rows are numbered by record,
 * as Excel shows the file, header = 1. fast-csv is already here as Excel's own CSV reader.
 */
export async function readCsv(bytes: Uint8Array): Promise<Table> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid({ vi: 'file: tệp CSV phải được lưu với mã UTF-8', en: 'file: save the CSV as UTF-8' });
  }
  text = text.replace(/^\uFEFF/u, '');
  if (text.includes('\u0000')) throw invalid({ vi: 'file: không phải tệp CSV hay Excel (.xlsx)', en: 'file: neither a CSV nor an Excel (.xlsx) file' });
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  // Loaded with the first CSV, not at the server's start.
  const { parseString } = await import('@fast-csv/parse');
  const records = await new Promise<string[][]>((resolve, reject) => {
    const out: string[][] = [];
    parseString<string[], string[]>(text, { delimiter, headers: false, ignoreEmpty: false, maxRows: MAX_ROWS + 2 })
      .on('error', (e: Error) => reject(invalid({ vi: `dòng ${out.length + 1}: tệp CSV hỏng (${e.message.slice(0, 120)})`, en: `row ${out.length + 1}: a broken CSV file (${e.message.slice(0, 120)})` })))
      .on('data', (r: string[]) => out.push(r))
      .on('end', () => resolve(out));
  });
  const [headers = [], ...rest] = records;
  if (records.length > MAX_ROWS + 1) throw tooMany();
  return capped(headers, rest.map((cells, i) => ({ row: i + 2, cells })));
}

function day(d: Date): string {
  // Excel stores a day as midnight UTC; read it back in UTC so no time zone moves it.
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** What a person sees in the cell, as text: dates as dd/mm/yyyy, formulas by their result. */
export function cellString(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : day(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellString((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

/** The first sheet of a workbook, first row = headers. */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  // The archive's directory is measured, and every part checked against it, before exceljs inflates anything.
  verifyZip(bytes, checkZip(bytes));
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw invalid({ vi: 'file: không đọc được tệp Excel (.xlsx)', en: 'file: not an Excel workbook (.xlsx)' });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid({ vi: 'file: không đọc được tệp Excel (.xlsx): không có trang tính nào', en: 'file: the Excel workbook (.xlsx) has no worksheet' });
  if (ws.actualRowCount > MAX_ROWS + 1) throw tooMany();
  const width = ws.getRow(1).cellCount;
  const rowText = (r: ExcelJS.Row) => Array.from({ length: Math.max(width, r.cellCount) }, (_, i) => cellString(r.getCell(i + 1).value));
  const headers = rowText(ws.getRow(1));
  const rows: { row: number; cells: string[] }[] = [];
  ws.eachRow((r, n) => {
    if (n > 1) rows.push({ row: n, cells: rowText(r) });
  });
  return capped(headers, rows);
}

/** .xlsx or .csv by the file's first bytes (a zip is a workbook), never by its name. */
export function readTable(bytes: Uint8Array): Promise<Table> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip ? readXlsx(bytes) : readCsv(bytes);
}
