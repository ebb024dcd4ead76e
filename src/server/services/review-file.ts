// The review report as a file: data from the workspace, laid out by the DOCX or XLSX writer.
import type { Db } from '../../db/connection.ts';
import { reviewReportData, type ReviewOptions } from './review.ts';

export const REVIEW_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function renderReview(db: Db, opts: ReviewOptions & { format: 'docx' | 'xlsx' }) {
  const data = await reviewReportData(db, opts);
  // Loaded on demand: the writers (docx, exceljs, echarts, resvg) are heavy and rarely needed.
  const bytes = opts.format === 'docx' ? await (await import('../../reports/review-docx.ts')).reviewDocx(data) : await (await import('../../reports/review-xlsx.ts')).reviewXlsx(data);
  const name = `bao-cao-kiem-diem-${data.period.code.replace('/', '-')}${data.unit ? `-${data.unit.code}` : ''}.${opts.format}`;
  return { bytes, name, data };
}
