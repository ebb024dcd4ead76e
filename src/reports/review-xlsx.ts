// The tables of the review report as an Excel workbook, one sheet per table, for people who
// re-sort, filter and sum them: numbers stay numbers and dates stay dates.
import type ExcelJS from 'exceljs';
import { excel } from '../sheets/excel.ts';
import type { ReviewReportData, ReviewTaskRow } from '../domain/review.ts';

export const SHEETS = {
  targets: 'Chỉ tiêu',
  byUnit: 'Nhiệm vụ theo đơn vị',
  overdue: 'Nhiệm vụ quá hạn',
  next: 'Nhiệm vụ kỳ tới',
  ratings: 'Xếp loại',
} as const;

type Kind = 'text' | 'int' | 'number' | 'date' | 'ratio';
type Cell = string | number | null;

interface Col {
  header: string;
  width: number;
  kind: Kind;
}

// Excel shows these with the reader's locale separators (1.845,50 on a Vietnamese Windows).
const NUM_FMT: Record<Kind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  number: '#,##0.00',
  date: 'dd/mm/yyyy',
  ratio: '0.0%',
};

// A calendar day goes in as UTC midnight: exceljs writes the serial of that instant, which is the day.
const excelDate = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);

function addTable(wb: ExcelJS.Workbook, name: string, cols: Col[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  const head = ws.getRow(1);
  head.font = { bold: true, name: 'Times New Roman', size: 12 };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.height = 32;
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' }, top: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  for (const values of rows) {
    const row = ws.addRow(values.map((v, i) => (cols[i]!.kind === 'date' && typeof v === 'string' ? excelDate(v) : v)));
    row.font = { name: 'Times New Roman', size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  cols.forEach((c, i) => {
    const fmt = NUM_FMT[c.kind];
    if (fmt) ws.getColumn(i + 1).numFmt = fmt;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
}

const T = (header: string, width: number): Col => ({ header, width, kind: 'text' });
const I = (header: string, width = 12): Col => ({ header, width, kind: 'int' });

function taskRows(rows: ReviewTaskRow[], withDays: boolean): Cell[][] {
  return rows.map((r, i) => [i + 1, r.title, r.unitName, r.deadline, ...(withDays ? [r.daysOverdue] : []), r.statusLabel]);
}

export async function reviewXlsx(data: ReviewReportData): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = data.issuer.name;
  wb.title = `Báo cáo ${data.title}`;
  wb.created = excelDate(data.date) ?? new Date(0);

  addTable(
    wb,
    SHEETS.targets,
    [I('TT', 6), T('Chỉ tiêu', 48), T('ĐVT', 12), T('Kế hoạch, mục tiêu', 18), { header: `Thực hiện ${data.period.label}`, width: 16, kind: 'number' }, { header: 'Cùng kỳ năm trước', width: 16, kind: 'number' }, T('Đánh giá', 22)],
    data.targets.rows.map((r, i) => [i + 1, r.label, r.unit, r.targetText, r.periodValue, r.lastYearValue, r.statusLabel]),
  );
  addTable(
    wb,
    SHEETS.byUnit,
    [I('TT', 6), T('Đơn vị', 40), I('Tổng số'), I('Hoàn thành đúng hạn', 14), I('Hoàn thành quá hạn', 14), I('Chưa hoàn thành', 14), I('Trong đó quá hạn', 14), { header: 'Tỷ lệ đúng hạn', width: 14, kind: 'ratio' }],
    data.tasks.byUnit.map((u, i) => [i + 1, u.unitName, u.total, u.doneOnTime, u.doneLate, u.open, u.overdue, u.onTimeRate]),
  );
  addTable(
    wb,
    SHEETS.overdue,
    [I('TT', 6), T('Nhiệm vụ', 60), T('Đơn vị chủ trì', 32), { header: 'Thời hạn', width: 13, kind: 'date' }, I('Số ngày quá hạn', 14), T('Tình trạng', 24)],
    taskRows(data.limitations.overdue, true),
  );
  addTable(
    wb,
    SHEETS.next,
    [I('TT', 6), T('Nhiệm vụ', 60), T('Đơn vị chủ trì', 32), { header: 'Thời hạn', width: 13, kind: 'date' }, T('Tình trạng', 24)],
    taskRows(data.nextTasks, false),
  );
  addTable(
    wb,
    SHEETS.ratings,
    [I('TT', 6), T('Đơn vị', 40), T('Người đứng đầu', 26), { header: 'Điểm', width: 10, kind: 'number' }, T('Xếp loại', 30)],
    data.ratings.map((r, i) => [i + 1, r.unitName, r.personInCharge, r.score, r.levelLabel]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
