// The contract's two files as rows of text → delegates and scheduled organisations, every error with its row and column.
import { invalid, type Bilingual } from '../errors.ts';
import { formatDate, isValidDate } from '../calendar.ts';
import { ACADEMIC_TITLES, DELEGATE_KINDS, SEXES, THEORY_LEVELS, type Delegate } from './roster.ts';

/** A sheet as text: its header names and data rows, each with its row number as Excel shows it (header = 1). */
export interface Table { headers: string[]; rows: { row: number; cells: string[] }[] }
/** One refused cell; its message in both languages (the answer gives the reader's). */
export interface CellError { row: number; column: string; message: Bilingual }

export const ROSTER_COLUMNS = ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu', 'pho_thong', 'chuyen_mon', 'hoc_ham', 'ly_luan_chinh_tri', 'linh_vuc'] as const;
const ROSTER_REQUIRED = ROSTER_COLUMNS.slice(0, 6);
export const SCHEDULE_COLUMNS = ['ma_to_chuc', 'ten_to_chuc', 'dang_bo_cap_tren', 'ngay_du_kien', 'ngay_to_chuc', 'dai_hoi_diem'] as const;
const SCHEDULE_REQUIRED = SCHEDULE_COLUMNS.slice(0, 4);

export interface ScheduleRow { code: string; name: string; parent: string; plannedOn: string; heldOn: string | null; model: boolean }
export type RosterRow = Omit<Delegate, 'status'>;

/** Enough errors to fix a file in one go, not so many that the answer itself becomes the problem. */
const MAX_ERRORS = 50;
const MAX_CODE = 50;
const MAX_TEXT = 300;

// Case and spacing as people type them; the stored value is the contract's spelling.
export const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
const canonical = (list: readonly string[]) => new Map(list.map((v) => [key(v), v]));
const SEX = canonical(SEXES);
const KIND = canonical(DELEGATE_KINDS);
const TITLE = canonical(ACADEMIC_TITLES);
const THEORY = canonical(THEORY_LEVELS);
export const YES = new Set(['có', 'co', 'x']);
export const NO = new Set(['', 'không', 'khong']);

/** A required cell left empty. */
const EMPTY_CELL: Bilingual = { vi: 'không được để trống', en: 'required' };
const tooLong = (max: number): Bilingual => ({ vi: `dài quá ${max} ký tự`, en: `longer than ${max} characters` });
/** A yes/no column (`dai_hoi_diem`, `trinh_bay`) holding something else. */
export const yesOrEmpty = (flag: string): Bilingual => ({ vi: `"${flag.slice(0, 20)}" phải là "có" hoặc để trống`, en: `"${flag.slice(0, 20)}" must be "có" or empty` });

/** `dd/mm/yyyy` (one or two digits for day and month) → `YYYY-MM-DD`, or null. */
export function parseDayVi(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s.trim());
  if (!m) return null;
  const d = formatDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isValidDate(d) && d >= '2000-01-01' && d <= '2100-12-31' ? d : null;
}

/** Reads a table cell by cell, gathering every error with its row and column (shared by the congress files). */
export class Reader {
  readonly errors: CellError[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly table: Table, columns: readonly string[], required: readonly string[]) {
    table.headers.forEach((h, i) => {
      const k = key(h.replace(/^\uFEFF/u, ''));
      // A known column twice: which one is meant cannot be guessed.
      if (this.index.has(k) && columns.includes(k)) this.fail(1, k, { vi: 'cột bị lặp lại', en: 'duplicate column' });
      else if (!this.index.has(k)) this.index.set(k, i);
    });
    for (const c of required) if (!this.index.has(c)) this.fail(1, c, { vi: 'thiếu cột bắt buộc', en: 'missing required column' });
  }
  fail(row: number, column: string, message: Bilingual) {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ row, column, message });
  }
  cell(cells: string[], column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (cells[i] ?? '').normalize('NFC').trim();
  }
  /** A required text: present, within its length. */
  text(row: number, cells: string[], column: string, max = MAX_TEXT): string {
    const v = this.cell(cells, column);
    if (!v) this.fail(row, column, EMPTY_CELL);
    else if (v.length > max) this.fail(row, column, tooLong(max));
    return v;
  }
  optional(row: number, cells: string[], column: string): string | null {
    const v = this.cell(cells, column);
    if (v.length > MAX_TEXT) this.fail(row, column, tooLong(MAX_TEXT));
    return v || null;
  }
  oneOf(row: number, cells: string[], column: string, values: Map<string, string>, required: boolean): string | null {
    const v = this.cell(cells, column);
    if (!v) {
      if (required) this.fail(row, column, EMPTY_CELL);
      return null;
    }
    const c = values.get(key(v));
    if (!c) this.fail(row, column, { vi: `"${v.slice(0, 60)}" không thuộc các giá trị: ${[...values.values()].join(', ')}`, en: `"${v.slice(0, 60)}" is not one of: ${[...values.values()].join(', ')}` });
    return c ?? null;
  }
  rows() {
    // Rows with nothing in them (a sheet's trailing lines) are not rows of data.
    return this.table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  }
  unique(row: number, column: string, code: string, seen: Map<string, number>) {
    const first = seen.get(key(code));
    if (code && first !== undefined) this.fail(row, column, { vi: `mã "${code}" trùng với dòng ${first}`, en: `code "${code}" repeats row ${first}` });
    else if (code) seen.set(key(code), row);
  }
  done() {
    if (this.errors.length > 0) refuseCells(this.errors);
  }
}

/**
 * A file's errors as one refusal: the first in words (`dòng 3, cột nam_sinh: …`, `row 3, column
 * nam_sinh: …` for an English reader), every one in the details.
 */
export function refuseCells(errors: CellError[]): never {
  const e = errors[0]!;
  const more = errors.length - 1;
  throw invalid({
    vi: `dòng ${e.row}, cột ${e.column}: ${e.message.vi}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
    en: `row ${e.row}, column ${e.column}: ${e.message.en}${more > 0 ? `; ${more} more ${more === 1 ? 'error' : 'errors'}` : ''}`,
  }, errors);
}

/** The roster, all or nothing: any bad cell refuses the whole file, with every error found. */
export function parseRoster(table: Table): RosterRow[] {
  const r = new Reader(table, ROSTER_COLUMNS, ROSTER_REQUIRED);
  const out: RosterRow[] = [];
  const seen = new Map<string, number>();
  if (r.errors.length === 0) {
    for (const { row, cells } of r.rows()) {
      const code = r.text(row, cells, 'ma_dai_bieu', MAX_CODE);
      r.unique(row, 'ma_dai_bieu', code, seen);
      // In the contract's column order, so the errors of a row read left to right.
      const name = r.text(row, cells, 'ho_ten');
      const sex = r.oneOf(row, cells, 'gioi_tinh', SEX, true);
      const year = r.cell(cells, 'nam_sinh');
      const birthYear = /^\d{4}$/u.test(year) && Number(year) >= 1900 ? Number(year) : null;
      if (birthYear === null) r.fail(row, 'nam_sinh', year ? { vi: `"${year.slice(0, 20)}" không phải năm sinh 4 chữ số`, en: `"${year.slice(0, 20)}" is not a year of birth of 4 digits` } : EMPTY_CELL);
      const unit = r.text(row, cells, 'don_vi');
      const kind = r.oneOf(row, cells, 'loai_dai_bieu', KIND, true);
      const general = r.optional(row, cells, 'pho_thong');
      if (general && !/^\d{1,2}\/\d{1,2}$/u.test(general)) r.fail(row, 'pho_thong', { vi: `"${general.slice(0, 20)}" không đúng dạng 12/12 hoặc 10/10`, en: `"${general.slice(0, 20)}" is not of the form 12/12 or 10/10` });
      const d = {
        code, name, sex, birthYear, unit, kind, general,
        professional: r.optional(row, cells, 'chuyen_mon'),
        academicTitle: r.oneOf(row, cells, 'hoc_ham', TITLE, false),
        theory: r.oneOf(row, cells, 'ly_luan_chinh_tri', THEORY, false),
        field: r.optional(row, cells, 'linh_vuc'),
        position: out.length + 1,
      };
      if (d.sex && d.kind && d.birthYear !== null) out.push(d as RosterRow);
    }
  }
  r.done();
  return out;
}

/** The schedule, all or nothing. */
export function parseSchedule(table: Table): ScheduleRow[] {
  const r = new Reader(table, SCHEDULE_COLUMNS, SCHEDULE_REQUIRED);
  const out: ScheduleRow[] = [];
  const seen = new Map<string, number>();
  const day = (row: number, cells: string[], column: string, required: boolean) => {
    const v = r.cell(cells, column);
    if (!v) {
      if (required) r.fail(row, column, EMPTY_CELL);
      return null;
    }
    const d = parseDayVi(v);
    if (!d) r.fail(row, column, { vi: `"${v.slice(0, 20)}" không phải ngày dạng dd/mm/yyyy`, en: `"${v.slice(0, 20)}" is not a day dd/mm/yyyy` });
    return d;
  };
  if (r.errors.length === 0) {
    for (const { row, cells } of r.rows()) {
      const code = r.text(row, cells, 'ma_to_chuc', MAX_CODE);
      r.unique(row, 'ma_to_chuc', code, seen);
      const name = r.text(row, cells, 'ten_to_chuc');
      const parent = r.text(row, cells, 'dang_bo_cap_tren');
      const plannedOn = day(row, cells, 'ngay_du_kien', true);
      const heldOn = day(row, cells, 'ngay_to_chuc', false);
      const flag = key(r.cell(cells, 'dai_hoi_diem'));
      if (!YES.has(flag) && !NO.has(flag)) r.fail(row, 'dai_hoi_diem', yesOrEmpty(flag));
      if (plannedOn) out.push({ code, name, parent, plannedOn, heldOn, model: YES.has(flag) });
    }
  }
  r.done();
  return out;
}
