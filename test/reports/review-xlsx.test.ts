// The review report's workbook read back with exceljs: the sheets, their header rows, and cells
// that are numbers and dates (not text) with one row per row of data.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewXlsx, SHEETS } from '../../src/reports/review-xlsx.ts';
import { sampleReviewData } from '../../src/reports/sample-data.ts';

const sample = sampleReviewData();
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  await wb.xlsx.load((await reviewXlsx(sample)) as unknown as ArrayBuffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const headerOf = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, col: number): unknown[] => ws.getColumn(col).values.slice(2);

describe('review workbook', () => {
  it('one sheet per table, in the order of the report', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', 'Nhiệm vụ theo đơn vị', 'Nhiệm vụ quá hạn', 'Nhiệm vụ kỳ tới', 'Xếp loại']);
  });

  it('each sheet has a bold, frozen, filtered header row', () => {
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getColumn(2).width, ws.name).toBeGreaterThan(20);
    }
  });

  it('targets: headers, one row each, figures as numbers with a number format, none as blanks', () => {
    const ws = sheet(SHEETS.targets);
    expect(headerOf(ws)).toEqual(['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch, mục tiêu', 'Thực hiện quý III/2025', 'Cùng kỳ năm trước', 'Đánh giá']);
    expect(ws.rowCount).toBe(sample.targets.rows.length + 1);
    expect(column(ws, 2)).toEqual(sample.targets.rows.map((r) => r.label));
    sample.targets.rows.forEach((r, i) => {
      const cell = ws.getCell(i + 2, 5);
      // A missing figure is an empty cell, never 0 or a dash that would break a SUM.
      expect(cell.value).toBe(r.periodValue);
      expect(cell.type).toBe(r.periodValue === null ? ExcelJS.ValueType.Null : ExcelJS.ValueType.Number);
    });
    expect(ws.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('E2').value).toBe(11.28);
    expect(ws.getCell('E2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('F3').value).toBe(101230);
    expect(column(ws, 7)).toEqual(sample.targets.rows.map((r) => r.statusLabel));
  });

  it('tasks by unit: counts and the on-time rate as numbers', () => {
    const ws = sheet(SHEETS.byUnit);
    expect(headerOf(ws)).toEqual(['TT', 'Đơn vị', 'Tổng số', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Chưa hoàn thành', 'Trong đó quá hạn', 'Tỷ lệ đúng hạn']);
    expect(ws.rowCount).toBe(sample.tasks.byUnit.length + 1);
    expect(column(ws, 3).reduce((a: number, v) => a + (v as number), 0)).toBe(44);
    expect(ws.getCell('H2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('H2').value).toBeCloseTo(2 / 3);
    expect(ws.getCell('H2').numFmt).toBe('0.0%');
  });

  it('overdue tasks: deadlines are dates shown dd/mm/yyyy, days late are numbers', () => {
    const ws = sheet(SHEETS.overdue);
    expect(headerOf(ws)).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Số ngày quá hạn', 'Tình trạng']);
    expect(ws.rowCount).toBe(sample.limitations.overdue.length + 1);
    const deadline = ws.getCell('D2');
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect((deadline.value as Date).toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(deadline.numFmt).toBe('dd/mm/yyyy');
    expect(column(ws, 5)).toEqual(sample.limitations.overdue.map((t) => t.daysOverdue));
    expect(column(ws, 3)).toEqual(sample.limitations.overdue.map((t) => t.unitName));
  });

  it('next tasks and ratings: one row each, dates and scores typed', () => {
    const next = sheet(SHEETS.next);
    expect(headerOf(next)).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
    expect(next.rowCount).toBe(sample.nextTasks.length + 1);
    expect(column(next, 4).map((d) => (d as Date).toISOString().slice(0, 10))).toEqual(sample.nextTasks.map((t) => t.deadline));

    const ratings = sheet(SHEETS.ratings);
    expect(headerOf(ratings)).toEqual(['TT', 'Đơn vị', 'Người đứng đầu', 'Điểm', 'Xếp loại']);
    expect(ratings.rowCount).toBe(sample.ratings.length + 1);
    expect(column(ratings, 4)).toEqual(sample.ratings.map((r) => r.score));
    expect(ratings.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(column(ratings, 5)).toEqual(sample.ratings.map((r) => r.levelLabel));
  });
});
