// Reading the contract's rows: values as people type them, and errors that name the row (header = 1) and the column.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { parseDayVi, parseRoster, parseSchedule, ROSTER_COLUMNS, SCHEDULE_COLUMNS, type CellError, type Table } from './rows.ts';

const table = (headers: readonly string[], rows: string[][]): Table => ({ headers: [...headers], rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const errors = (f: () => unknown): CellError[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).details as CellError[];
  }
  throw new Error('expected an error');
};

const GOOD = ['D1', 'Nguyễn Văn A', 'nam', '1970', 'Đảng bộ X', 'chỉ định', '12/12', 'Thạc sĩ', '', 'cao cấp', 'Xây dựng Đảng'];

describe('parseRoster', () => {
  it('takes values in any case and stores the contract\'s spelling; empty optional cells are null', () => {
    const [d] = parseRoster(table(ROSTER_COLUMNS, [GOOD]));
    expect(d).toEqual({ code: 'D1', name: 'Nguyễn Văn A', sex: 'Nam', birthYear: 1970, unit: 'Đảng bộ X', kind: 'Chỉ định', general: '12/12', professional: 'Thạc sĩ', academicTitle: null, theory: 'Cao cấp', field: 'Xây dựng Đảng', position: 1 });
  });

  it('keeps unknown columns out, accepts a BOM and any column order, skips blank rows', () => {
    const headers = ['\uFEFFghi_chu', ...[...ROSTER_COLUMNS].reverse()];
    const rows = parseRoster(table(headers, [['x', ...[...GOOD].reverse()], ['', '', ''], ['y', ...[...GOOD].reverse().slice(0, -1), 'D2']]));
    expect(rows.map((r) => [r.code, r.position])).toEqual([['D1', 1], ['D2', 2]]);
  });

  it('names every bad cell by row and column; the first is the message', () => {
    const bad = [...GOOD];
    bad[0] = 'D9';
    bad[2] = 'khác';
    bad[3] = '70';
    const errs = errors(() => parseRoster(table(ROSTER_COLUMNS, [GOOD, bad, ['D1', '', 'Nữ', '1980', 'X', 'Bầu', '12', '', 'GS', '', '']])));
    expect(errs.map((e) => `${e.row}:${e.column}`)).toEqual(['3:gioi_tinh', '3:nam_sinh', '4:ma_dai_bieu', '4:ho_ten', '4:pho_thong', '4:hoc_ham']);
    expect(() => parseRoster(table(ROSTER_COLUMNS, [GOOD, bad]))).toThrow(/^dòng 3, cột gioi_tinh: "khác" không thuộc các giá trị: Nam, Nữ \(và 1 lỗi khác\)$/u);
    expect(errs[1]!.message).toEqual({ vi: '"70" không phải năm sinh 4 chữ số', en: '"70" is not a year of birth of 4 digits' });
  });

  it('words the refusal in English too, row and column named', () => {
    const bad = [...GOOD];
    bad[2] = 'khác';
    bad[3] = '70';
    try {
      parseRoster(table(ROSTER_COLUMNS, [bad]));
    } catch (e) {
      expect((e as AppError).text).toEqual({
        vi: 'dòng 2, cột gioi_tinh: "khác" không thuộc các giá trị: Nam, Nữ (và 1 lỗi khác)',
        en: 'row 2, column gioi_tinh: "khác" is not one of: Nam, Nữ; 1 more error',
      });
      return;
    }
    throw new Error('expected an error');
  });

  it('refuses a missing required column at row 1', () => {
    expect(errors(() => parseRoster(table(ROSTER_COLUMNS.filter((c) => c !== 'nam_sinh'), [])))).toEqual([{ row: 1, column: 'nam_sinh', message: { vi: 'thiếu cột bắt buộc', en: 'missing required column' } }]);
  });
});

describe('parseSchedule', () => {
  it('reads days, the model flag and an empty held day', () => {
    const rows = parseSchedule(table(SCHEDULE_COLUMNS, [['C1', 'Chi bộ 1', 'Đảng bộ X', '9/7/2025', '', 'Có'], ['C2', 'Chi bộ 2', 'Đảng bộ X', '01/08/2025', '31/07/2025', '']]));
    expect(rows).toEqual([
      { code: 'C1', name: 'Chi bộ 1', parent: 'Đảng bộ X', plannedOn: '2025-07-09', heldOn: null, model: true },
      { code: 'C2', name: 'Chi bộ 2', parent: 'Đảng bộ X', plannedOn: '2025-08-01', heldOn: '2025-07-31', model: false },
    ]);
  });

  it('refuses impossible days, duplicate codes and unknown flags', () => {
    const errs = errors(() => parseSchedule(table(SCHEDULE_COLUMNS, [['C1', 'a', 'b', '31/02/2025', '', ''], ['c1', 'a', 'b', '2025-07-01', '1/1/2025', 'maybe']])));
    expect(errs.map((e) => `${e.row}:${e.column}`)).toEqual(['2:ngay_du_kien', '3:ma_to_chuc', '3:ngay_du_kien', '3:dai_hoi_diem']);
  });
});

describe('parseDayVi', () => {
  it.each([
    ['09/07/2025', '2025-07-09'],
    ['9/7/2025', '2025-07-09'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['2025-07-09', null],
    ['09/07/25', null],
    ['01/01/1999', null],
  ])('%s → %s', (s, d) => expect(parseDayVi(s)).toBe(d));
});
