// The periodic review report (báo cáo kiểm điểm) as a Word document, laid out as Vietnamese
// administrative documents are: heading block, title, sections I–V, "Nơi nhận" and the signer.
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { formatPercent } from '../domain/format.ts';
import type { ReviewReportData, ReviewTargetRow } from '../domain/review.ts';
import { TARGET_STATUSES } from '../domain/target-status.ts';
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../domain/task-status.ts';
import { BODY, dashItem, dataTable, FONT, heading, image, note, PAGE, para, run, type Column } from './docx-parts.ts';
import { barChart, type Bar } from './review-charts.ts';
import { closingBlock, headingBlock, titleBlock } from './review-docx-frame.ts';
import { amountCell, day, figure, ratio, targetSentence, taskLine, taskSentences } from './review-text.ts';

export const SECTION_TITLES = {
  targets: 'I. Kết quả thực hiện chỉ tiêu',
  tasks: 'II. Kết quả thực hiện nhiệm vụ',
  limitations: 'III. Hạn chế',
  next: 'IV. Nhiệm vụ kỳ tới',
  ratings: 'V. Xếp loại',
} as const;

const TARGET_COLUMNS: Column[] = [
  { title: 'TT', width: 0.06, align: 'center' },
  { title: 'Chỉ tiêu', width: 0.27 },
  { title: 'ĐVT', width: 0.13, align: 'center' },
  { title: 'Kế hoạch, mục tiêu', width: 0.13, align: 'center' },
  { title: 'Thực hiện kỳ này', width: 0.12, align: 'right' },
  { title: 'Cùng kỳ năm trước', width: 0.12, align: 'right' },
  { title: 'Đánh giá', width: 0.17 },
];

const UNIT_COLUMNS: Column[] = [
  { title: 'TT', width: 0.06, align: 'center' },
  { title: 'Đơn vị', width: 0.28 },
  { title: 'Tổng số', width: 0.09, align: 'right' },
  { title: 'Hoàn thành đúng hạn', width: 0.11, align: 'right' },
  { title: 'Hoàn thành quá hạn', width: 0.11, align: 'right' },
  { title: 'Chưa hoàn thành', width: 0.12, align: 'right' },
  { title: 'Trong đó quá hạn', width: 0.11, align: 'right' },
  { title: 'Tỷ lệ đúng hạn', width: 0.12, align: 'right' },
];

const OVERDUE_COLUMNS: Column[] = [
  { title: 'TT', width: 0.06, align: 'center' },
  { title: 'Nhiệm vụ', width: 0.43 },
  { title: 'Đơn vị chủ trì', width: 0.23 },
  { title: 'Thời hạn', width: 0.15, align: 'center' },
  { title: 'Số ngày quá hạn', width: 0.13, align: 'right' },
];

const NEXT_COLUMNS: Column[] = [
  { title: 'TT', width: 0.06, align: 'center' },
  { title: 'Nhiệm vụ', width: 0.37 },
  { title: 'Đơn vị chủ trì', width: 0.21 },
  { title: 'Thời hạn', width: 0.15, align: 'center' },
  { title: 'Tình trạng', width: 0.21 },
];

const RATING_COLUMNS: Column[] = [
  { title: 'TT', width: 0.06, align: 'center' },
  { title: 'Đơn vị', width: 0.3 },
  { title: 'Người đứng đầu', width: 0.2 },
  { title: 'Điểm', width: 0.09, align: 'right' },
  { title: 'Xếp loại', width: 0.35 },
];

const tt = (i: number): string => String(i + 1);
const LEVELS = ['excellent', 'good', 'done', 'not_done'] as const;

function targetsSection(data: ReviewReportData): FileChild[] {
  const rows = data.targets.rows.map((r, i) => [
    tt(i),
    r.label,
    r.unit,
    r.targetText,
    amountCell(r.periodValue),
    amountCell(r.lastYearValue),
    r.statusLabel,
  ]);
  // Bars by the label each row carries, so "Không đạt" (a final verdict) is not counted as a projection.
  const bars: Bar[] = [];
  for (const status of TARGET_STATUSES) {
    const labels = [...new Set(data.targets.rows.filter((r) => r.status === status).map((r) => r.statusLabel))];
    for (const label of labels) bars.push({ label, value: data.targets.rows.filter((r) => r.statusLabel === label).length });
  }
  return [
    heading(SECTION_TITLES.targets),
    para(targetSentence(data.targets, data.period.label)),
    ...(bars.length > 0 ? [image(barChart(`Chỉ tiêu theo tình trạng, ${data.period.label}`, bars))] : []),
    dataTable(TARGET_COLUMNS, rows),
    note('Ghi chú: "—" là chưa có số liệu.'),
  ];
}

function taskList(title: string, lines: string[]): FileChild[] {
  return [heading(title, 2), ...(lines.length > 0 ? lines.map(dashItem) : [note('Không có.')])];
}

function tasksSection(data: ReviewReportData): FileChild[] {
  const t = data.tasks;
  const bars = TASK_STATUSES.filter((s) => t.summary.counts[s] > 0).map((s) => ({ label: TASK_STATUS_LABELS[s], value: t.summary.counts[s] }));
  const sum = (f: (u: (typeof t.byUnit)[number]) => number) => String(t.byUnit.reduce((a, u) => a + f(u), 0));
  const unitRows = t.byUnit.map((u, i) => [
    tt(i),
    u.unitName,
    String(u.total),
    String(u.doneOnTime),
    String(u.doneLate),
    String(u.open),
    String(u.overdue),
    ratio(u.onTimeRate),
  ]);
  unitRows.push(['', 'Tổng cộng', sum((u) => u.total), sum((u) => u.doneOnTime), sum((u) => u.doneLate), sum((u) => u.open), sum((u) => u.overdue), ratio(t.summary.onTimeRate)]);
  return [
    heading(SECTION_TITLES.tasks),
    heading('1. Kết quả chung', 2),
    ...taskSentences(t.summary).map((s) => para(s)),
    ...(bars.length > 0 ? [image(barChart(`Nhiệm vụ theo tình trạng, ${data.period.label}`, bars))] : []),
    heading('2. Kết quả theo đơn vị', 2),
    dataTable(UNIT_COLUMNS, unitRows, { boldLastRow: true }),
    ...taskList('3. Nhiệm vụ hoàn thành đúng hạn', t.doneOnTime.map((r) => taskLine(r, 'onTime'))),
    ...taskList('4. Nhiệm vụ hoàn thành quá hạn', t.doneLate.map((r) => taskLine(r, 'late'))),
    ...taskList('5. Nhiệm vụ đang thực hiện quá hạn', t.overdue.map((r) => taskLine(r, 'overdue'))),
  ];
}

function offTrackLine(r: ReviewTargetRow): string {
  const done = r.periodValue === null ? 'chưa có số liệu' : `thực hiện ${r.unit === '%' ? formatPercent(r.periodValue) : `${amountCell(r.periodValue)} ${r.unit}`.trim()}`;
  return `${r.label}: ${done}, kế hoạch ${r.targetText} (${r.statusLabel.toLowerCase()}).`;
}

function limitationsSection(data: ReviewReportData): FileChild[] {
  const l = data.limitations;
  const rows = l.overdue.map((r, i) => [tt(i), r.title, r.unitName ?? '', day(r.deadline), String(r.daysOverdue)]);
  return [
    heading(SECTION_TITLES.limitations),
    heading('1. Chỉ tiêu chưa đạt, chậm tiến độ', 2),
    ...(l.offTrack.length > 0 ? l.offTrack.map((r) => dashItem(offTrackLine(r))) : [note('Không có chỉ tiêu chậm tiến độ.')]),
    heading('2. Nhiệm vụ quá hạn chưa hoàn thành', 2),
    ...(rows.length > 0
      ? [para(`Còn ${rows.length} nhiệm vụ quá hạn chưa hoàn thành, cụ thể:`), dataTable(OVERDUE_COLUMNS, rows)]
      : [note('Không có nhiệm vụ quá hạn.')]),
  ];
}

function nextSection(data: ReviewReportData): FileChild[] {
  const rows = data.nextTasks.map((r, i) => [tt(i), r.title, r.unitName ?? '', day(r.deadline), r.statusLabel]);
  return [
    heading(SECTION_TITLES.next),
    para(`Các nhiệm vụ có thời hạn trong ${data.nextPeriod.label} (${rows.length} nhiệm vụ), đề nghị các đơn vị tập trung chỉ đạo hoàn thành đúng hạn:`),
    ...(rows.length > 0 ? [dataTable(NEXT_COLUMNS, rows)] : [note('Không có nhiệm vụ đến hạn.')]),
  ];
}

function ratingsSection(data: ReviewReportData): FileChild[] {
  const rows = data.ratings.map((r, i) => [tt(i), r.unitName, r.personInCharge ?? '', figure(r.score), r.levelLabel]);
  // Counted from the highest level down, as the conclusions of a rating are read out.
  const byLevel = new Map<string, number>();
  for (const level of LEVELS) for (const r of data.ratings.filter((x) => x.level === level)) byLevel.set(r.levelLabel, (byLevel.get(r.levelLabel) ?? 0) + 1);
  const counts = [...byLevel].map(([label, n]) => `${n} đơn vị ${label.charAt(0).toLowerCase()}${label.slice(1)}`).join('; ');
  return [
    heading(SECTION_TITLES.ratings),
    ...(rows.length > 0
      ? [para(`Kết quả xếp loại ${data.period.label} của ${rows.length} đơn vị: ${counts}.`), dataTable(RATING_COLUMNS, rows)]
      : [note('Chưa có kết quả xếp loại.')]),
  ];
}

// Page numbers at the top centre from the second page on (NĐ 30, Phụ lục I).
const pageNumberHeader = new Header({
  children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })] })],
});

export async function reviewDocx(data: ReviewReportData): Promise<Buffer> {
  const doc = new Document({
    creator: data.issuer.name,
    title: `Báo cáo ${data.title}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: { default: pageNumberHeader, first: new Header({ children: [] }) },
        children: [
          headingBlock(data),
          ...titleBlock(data),
          ...targetsSection(data),
          ...tasksSection(data),
          ...limitationsSection(data),
          ...nextSection(data),
          ...ratingsSection(data),
          // The customary last sentence, kept on the page of the signature so it never stands alone.
          new Paragraph({
            keepNext: true,
            indent: { firstLine: 567 },
            spacing: { before: 120 },
            children: [run(`Trên đây là báo cáo ${data.title.charAt(0).toLowerCase()}${data.title.slice(1)}./.`)],
          }),
          closingBlock(data),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
