// The unit's reporting sheet (xlsx): written with the unit's targets and tasks, key columns locked and
// validation lists in place; read back with a message naming the sheet, row and column of every error.
import ExcelJS from 'exceljs';
import { checkZip } from './zip-guard.ts';
import { AppError } from '../domain/errors.ts';
import { STANDING_LABELS, type Standing } from '../domain/observation.ts';
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
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hải Đăng';
  const figures = new Map(input.figures.map((f) => [f.targetId, f]));
  const progress = new Map(input.progress.map((p) => [p.taskId, p]));

  const t = wb.addWorksheet(TARGETS);
  t.columns = [{ width: 14 }, { width: 60 }, { width: 12 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 40 }];
  header(t, ['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Thực hiện kỳ này', 'Tình trạng số liệu', 'Ghi chú']);
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
  header(k, ['Mã nhiệm vụ', 'Nhiệm vụ', 'Thời hạn', 'Tiến độ (%)', 'Ngày hoàn thành', 'Ghi chú']);
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

/** Reads an uploaded sheet; any problem anywhere refuses the whole file (the caller changes nothing). */
export async function readReportingSheet(bytes: Uint8Array, expect: { periodId: string; unitId: string; targetIds: ReadonlySet<string>; taskIds: ReadonlySet<string> }): Promise<SheetLines> {
  // Sizes first: a zip bomb is refused before the Excel reader inflates it.
  checkZip(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid', 'file: not an Excel (.xlsx) workbook');
  }
  const meta = new Map<string, string>();
  wb.getWorksheet(META)?.eachRow((r) => meta.set(cellText(r.getCell(1).value), cellText(r.getCell(2).value)));
  if (meta.get('mark') !== MARK) throw new AppError('invalid', 'file: not a reporting sheet of Hải Đăng (download it again)');
  if (meta.get('periodId') !== expect.periodId || meta.get('unitId') !== expect.unitId) {
    throw new AppError('invalid', `file: this sheet belongs to another unit or period (${meta.get('unit') ?? '?'}, ${meta.get('period') ?? '?'})`);
  }
  const problems: SheetProblem[] = [];
  const out: SheetLines = { figures: [], tasks: [] };
  const seen = new Set<string>();

  wb.getWorksheet(TARGETS)?.eachRow((r, n) => {
    if (n === 1) return;
    const id = cellText(r.getCell(1).value).trim();
    const at = (column: string, message: string) => problems.push({ sheet: TARGETS, row: n, column, message });
    if (!id && [5, 6, 7].every((c) => cellText(r.getCell(c).value).trim() === '')) return;
    if (!expect.targetIds.has(id)) return void at('Mã chỉ tiêu', `"${id}" is not a target of this unit (rows cannot be added)`);
    if (seen.has(id)) return void at('Mã chỉ tiêu', `"${id}" appears twice`);
    seen.add(id);
    const value = numberOf(r.getCell(5).value);
    if (value === 'bad') return void at('Thực hiện kỳ này', `"${cellText(r.getCell(5).value)}" is not a number`);
    const standing = STANDING_BY_LABEL.get(cellText(r.getCell(6).value).trim()) ?? (cellText(r.getCell(6).value).trim() === '' ? 'preliminary' : null);
    if (!standing) return void at('Tình trạng số liệu', `choose one of: ${Object.values(STANDING_LABELS).join(', ')}`);
    if (value !== null) out.figures.push({ targetId: id, value, standing, note: cellText(r.getCell(7).value).trim() });
  });

  wb.getWorksheet(TASKS)?.eachRow((r, n) => {
    if (n === 1) return;
    const id = cellText(r.getCell(1).value).trim();
    const at = (column: string, message: string) => problems.push({ sheet: TASKS, row: n, column, message });
    if (!id && [4, 5, 6].every((c) => cellText(r.getCell(c).value).trim() === '')) return;
    if (!expect.taskIds.has(id)) return void at('Mã nhiệm vụ', `"${id}" is not a task of this unit for the period (rows cannot be added)`);
    if (seen.has(id)) return void at('Mã nhiệm vụ', `"${id}" appears twice`);
    seen.add(id);
    const progress = numberOf(r.getCell(4).value);
    if (progress === 'bad' || (progress !== null && (!Number.isInteger(progress) || progress < 0 || progress > 100))) return void at('Tiến độ (%)', 'a whole number from 0 to 100');
    const completedOn = dateOf(r.getCell(5).value);
    if (completedOn === 'bad') return void at('Ngày hoàn thành', 'a date such as 20/8/2025');
    if (progress !== null || completedOn !== null) out.tasks.push({ taskId: id, progress, completedOn, note: cellText(r.getCell(6).value).trim() });
  });

  if (problems.length) {
    const p = problems[0]!;
    throw new AppError('invalid', `${p.sheet}, row ${p.row}, column ${p.column}: ${p.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { problems });
  }
  return out;
}
