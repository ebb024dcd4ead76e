// The unit's reporting sheet (xlsx): written with the unit's targets and tasks, key columns locked and
// validation lists in place; read back with a message naming the sheet, row and column of every error.
import type ExcelJS from 'exceljs';
import { excel } from './excel.ts';
import { Readable } from 'node:stream';
import { checkZip, verifyZip } from '../intake/zip-check.ts';
import type { z } from 'zod';
import { AppError, type Bilingual } from '../domain/errors.ts';
import { issueText } from '../domain/input-error.ts';
import { STANDING_LABELS, type Standing } from '../domain/observation.ts';
import { FIGURE_HEADINGS, FigureLine, TASK_HEADINGS, TaskLine } from '../domain/reporting-lines.ts';
import { isValidDate } from '../domain/calendar.ts';

export interface SheetTarget { id: string; label: string; unit: string; targetText: string }
export interface SheetTask { id: string; title: string; deadline: string | null }
export interface SheetInput {
  periodId: string;
  periodLabel: string;
  unitId: string;
  unitName: string;
  targets: SheetTarget[];
  tasks: SheetTask[];
  /** The current draft, to pre-fill the editable cells. */
  figures: { targetId: string; value: number; standing: Standing; note: string }[];
  progress: { taskId: string; progress: number | null; completedOn: string | null; note: string }[];
}

export interface SheetLines {
  figures: { targetId: string; value: number; standing: Standing; note: string }[];
  tasks: { taskId: string; progress: number | null; completedOn: string | null; note: string }[];
}

const MARK = 'haidang-reporting-sheet/1';
const TARGETS = 'Chỉ tiêu';
const TASKS = 'Nhiệm vụ';
const META = 'meta';
const STANDING_BY_LABEL = new Map(Object.entries(STANDING_LABELS).map(([k, v]) => [v, k as Standing]));

// Dates go to Excel as UTC midnight: a calendar day, not an instant.
const toExcelDate = (d: string) => new Date(`${d}T00:00:00Z`);

function header(ws: ExcelJS.Worksheet, titles: string[]) {
  const row = ws.getRow(1);
  titles.forEach((t, i) => {
    const cell = row.getCell(i + 1);
    cell.value = t;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

const unlock = (cell: ExcelJS.Cell) => (cell.protection = { locked: false });

export async function writeReportingSheet(input: SheetInput): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Hải Đăng';
  const figures = new Map(input.figures.map((f) => [f.targetId, f]));
  const progress = new Map(input.progress.map((p) => [p.taskId, p]));

  const t = wb.addWorksheet(TARGETS);
  t.columns = [{ width: 14 }, { width: 60 }, { width: 12 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 40 }];
  header(t, [FIGURE_HEADINGS.targetId, 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', FIGURE_HEADINGS.value, FIGURE_HEADINGS.standing, FIGURE_HEADINGS.note]);
  input.targets.forEach((x, i) => {
    const f = figures.get(x.id);
    const row = t.getRow(i + 2);
    row.values = [x.id, x.label, x.unit, x.targetText, f?.value ?? null, f ? STANDING_LABELS[f.standing] : STANDING_LABELS.preliminary, f?.note ?? ''];
    [5, 6, 7].forEach((c) => unlock(row.getCell(c)));
    row.getCell(5).dataValidation = { type: 'decimal', operator: 'between', formulae: [-1e18, 1e18], allowBlank: true, showErrorMessage: true, error: 'Nhập một số' };
    row.getCell(6).dataValidation = { type: 'list', allowBlank: false, formulae: [`"${Object.values(STANDING_LABELS).join(',')}"`], showErrorMessage: true };
  });

  const k = wb.addWorksheet(TASKS);
  k.columns = [{ width: 14 }, { width: 70 }, { width: 14 }, { width: 12 }, { width: 16 }, { width: 40 }];
  header(k, [TASK_HEADINGS.taskId, 'Nhiệm vụ', 'Thời hạn', TASK_HEADINGS.progress, TASK_HEADINGS.completedOn, TASK_HEADINGS.note]);
  input.tasks.forEach((x, i) => {
    const p = progress.get(x.id);
    const row = k.getRow(i + 2);
    row.values = [x.id, x.title, x.deadline ? toExcelDate(x.deadline) : null, p?.progress ?? null, p?.completedOn ? toExcelDate(p.completedOn) : null, p?.note ?? ''];
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(5).numFmt = 'dd/mm/yyyy';
    [4, 5, 6].forEach((c) => unlock(row.getCell(c)));
    row.getCell(4).dataValidation = { type: 'whole', operator: 'between', formulae: [0, 100], allowBlank: true, showErrorMessage: true, error: 'Từ 0 đến 100' };
    row.getCell(5).dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date('2000-01-01')], allowBlank: true, showErrorMessage: true, error: 'Nhập ngày' };
  });

  // Which period and unit the file belongs to: checked on upload, so another unit's file is refused.
  const m = wb.addWorksheet(META, { state: 'veryHidden' });
  m.addRows([['mark', MARK], ['periodId', input.periodId], ['unitId', input.unitId], ['period', input.periodLabel], ['unit', input.unitName]]);

  for (const ws of [t, k, m]) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetProblem { sheet: string; row: number; column: string; message: string }
type Problem = SheetProblem & { en: string };

/** A problem's words: the sheet's own (Vietnamese, as its headings), or the schema's in both languages. */
const words = (m: string | Bilingual) => (typeof m === 'string' ? { message: m, en: m } : { message: m.vi, en: m.en });

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

function numberOf(v: ExcelJS.CellValue): number | null | 'bad' {
  if (v === null || v === undefined || cellText(v).trim() === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  // People type Vietnamese numbers into text cells: "11,28" or "1.845".
  const s = cellText(v).trim().replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : 'bad';
}

function dateOf(v: ExcelJS.CellValue): string | null | 'bad' {
  if (v === null || v === undefined || cellText(v).trim() === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : v.toISOString().slice(0, 10);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cellText(v).trim());
  if (!m) return 'bad';
  const d = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidDate(d) ? d : 'bad';
}

export interface SheetExpect { periodId: string; unitId: string; targetIds: ReadonlySet<string>; taskIds: ReadonlySet<string> }

/**
 * One row's typed cells checked with the API's own schema (one definition, two doors); each issue is
 * told at the column whose heading the sheet prints, never by the API's field name (`note` → Ghi chú).
 */
function checkLine<S extends z.ZodType>(schema: S, headings: Readonly<Record<string, string>>, candidate: unknown, at: (column: string, message: Bilingual) => void): z.output<S> | null {
  const r = schema.safeParse(candidate);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const field = String(issue.path[0] ?? '');
    at(headings[field] ?? field, issueText(issue));
  }
  return null;
}
/** Rows read past the due items: room for blank or stray rows, never a million of them. */
const SPARE_ROWS = 1000;

type RawRow = { n: number; cells: ExcelJS.CellValue[] };

/**
 * Streams the workbook row by row (the file was checked as an archive first), keeping only the cells
 * the reader uses, and stops at the sheet's known size: rows past it refuse the file.
 */
async function streamRows(bytes: Uint8Array, maxRows: number): Promise<Map<string, RawRow[]>> {
  verifyZip(bytes, checkZip(bytes));
  const reader = new (await excel()).stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  const sheets = new Map<string, RawRow[]>();
  let total = 0;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      const rows: RawRow[] = [];
      sheets.set(name, rows);
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        if (++total > maxRows) throw new AppError('too_large', `file: tệp có quá nhiều dòng (hơn ${maxRows}); tải lại mẫu của kỳ này`);
        rows.push({ n: row.number, cells: [1, 2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value) });
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalid', { vi: 'tệp: không phải tệp Excel (.xlsx)', en: 'file: not an Excel (.xlsx) workbook' });
  }
  return sheets;
}

/** Reads an uploaded sheet; any problem anywhere refuses the whole file (the caller changes nothing). */
export async function readReportingSheet(bytes: Uint8Array, expect: SheetExpect): Promise<SheetLines> {
  const sheets = await streamRows(bytes, expect.targetIds.size + expect.taskIds.size + 2 * 5 + SPARE_ROWS);
  const cell = (r: RawRow, c: number) => r.cells[c - 1] ?? null;
  const meta = new Map<string, string>();
  for (const r of sheets.get(META) ?? []) meta.set(cellText(cell(r, 1)), cellText(cell(r, 2)));
  if (meta.get('mark') !== MARK) throw new AppError('invalid', { vi: 'tệp: không phải biểu báo cáo của Hải Đăng (hãy tải lại mẫu)', en: 'file: not a reporting sheet of Hải Đăng (download it again)' });
  if (meta.get('periodId') !== expect.periodId || meta.get('unitId') !== expect.unitId) {
    throw new AppError('invalid', { vi: `tệp: biểu này của đơn vị hoặc kỳ khác (${meta.get('unit') ?? '?'}, ${meta.get('period') ?? '?'})`, en: `file: this sheet belongs to another unit or period (${meta.get('unit') ?? '?'}, ${meta.get('period') ?? '?'})` });
  }
  const problems: Problem[] = [];
  const out: SheetLines = { figures: [], tasks: [] };
  const seen = new Set<string>();

  for (const r of sheets.get(TARGETS) ?? []) {
    const n = r.n;
    if (n === 1) continue;
    const id = cellText(cell(r, 1)).trim();
    const at = (column: string, message: string | Bilingual) => problems.push({ sheet: TARGETS, row: n, column, ...words(message) });
    if (!id && [5, 6, 7].every((c) => cellText(cell(r, c)).trim() === '')) continue;
    if (!expect.targetIds.has(id)) { at(FIGURE_HEADINGS.targetId, `"${id}" không phải chỉ tiêu của đơn vị này (không thêm dòng được)`); continue; }
    if (seen.has(id)) { at(FIGURE_HEADINGS.targetId, `"${id}" có hai lần`); continue; }
    seen.add(id);
    // What a cell holds, read as the API's type; then the API's schema decides (ranges, lengths).
    const value = numberOf(cell(r, 5));
    if (value === 'bad') { at(FIGURE_HEADINGS.value, `"${cellText(cell(r, 5))}" không phải là số`); continue; }
    const standing = STANDING_BY_LABEL.get(cellText(cell(r, 6)).trim()) ?? (cellText(cell(r, 6)).trim() === '' ? 'preliminary' : null);
    if (!standing) { at(FIGURE_HEADINGS.standing, `chọn một trong: ${Object.values(STANDING_LABELS).join(', ')}`); continue; }
    // An empty value is no figure; the row's other cells are still checked.
    const line = checkLine(FigureLine, FIGURE_HEADINGS, { targetId: id, value: value ?? 0, standing, note: cellText(cell(r, 7)).trim() }, at);
    if (line && value !== null) out.figures.push(line);
  }

  for (const r of sheets.get(TASKS) ?? []) {
    const n = r.n;
    if (n === 1) continue;
    const id = cellText(cell(r, 1)).trim();
    const at = (column: string, message: string | Bilingual) => problems.push({ sheet: TASKS, row: n, column, ...words(message) });
    if (!id && [4, 5, 6].every((c) => cellText(cell(r, c)).trim() === '')) continue;
    if (!expect.taskIds.has(id)) { at(TASK_HEADINGS.taskId, `"${id}" không phải nhiệm vụ đơn vị báo cáo trong kỳ này (không thêm dòng được)`); continue; }
    if (seen.has(id)) { at(TASK_HEADINGS.taskId, `"${id}" có hai lần`); continue; }
    seen.add(id);
    const progress = numberOf(cell(r, 4));
    if (progress === 'bad') { at(TASK_HEADINGS.progress, `"${cellText(cell(r, 4))}" không phải là số`); continue; }
    const completedOn = dateOf(cell(r, 5));
    if (completedOn === 'bad') { at(TASK_HEADINGS.completedOn, 'ngày dạng 20/8/2025'); continue; }
    const line = checkLine(TaskLine, TASK_HEADINGS, { taskId: id, progress, completedOn, note: cellText(cell(r, 6)).trim() }, at);
    if (line && (line.progress !== null || line.completedOn !== null)) out.tasks.push(line);
  }

  if (problems.length) {
    const p = problems[0]!;
    throw new AppError('invalid', { vi: `${p.sheet}, dòng ${p.row}, cột ${p.column}: ${p.message}${problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : ''}`, en: `${p.sheet}, row ${p.row}, column ${p.column}: ${p.en}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}` }, { problems: problems.map(({ en: _en, ...q }): SheetProblem => q) });
  }
  return out;
}
