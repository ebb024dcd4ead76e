// Công văn đôn đốc: the secretariat's letter reminding the units whose report for a period is still
// missing or not submitted, or the lead units of tasks overdue or due soon, in the administrative
// layout of the review report (heading, trích yếu, Kính gửi, body, Nơi nhận and signer): one frame,
// two bodies.
import { Document, Packer, Paragraph } from 'docx';
import type { ReviewReportData } from '../domain/review.ts';
import { formatDateVi } from '../domain/format.ts';
import { BODY, FONT, PAGE, para, run } from './docx-parts.ts';
import { closingBlock, headingBlock } from './review-docx-frame.ts';

type Frame = Pick<ReviewReportData, 'issuer' | 'number' | 'symbolSuffix' | 'place' | 'date' | 'recipients' | 'signer'>;

export interface ReminderLetter extends Frame {
  /** "Báo cáo quý I/2026". */
  periodTitle: string;
  dueOn: string;
  /** The units reminded, by name. */
  units: string[];
}

export interface TaskReminderLetter extends Frame {
  /** The tasks reminded, each with its lead unit's name and the deadline in force. */
  tasks: { title: string; unitName: string; deadline: string; daysOverdue: number }[];
}

interface Letter extends Frame {
  title: string;
  /** The trích yếu, after "V/v". */
  about: string;
  /** Kính gửi: the units, by name. */
  to: string[];
  /** The body's paragraphs, in order; a list item is not indented as a paragraph is. */
  body: { text: string; item?: boolean }[];
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const issuerName = (l: Frame) => l.issuer.name.charAt(0) + l.issuer.name.slice(1).toLocaleLowerCase('vi');

async function writeLetter(l: Letter): Promise<Buffer> {
  const doc = new Document({
    creator: 'Hải Đăng',
    title: l.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          headingBlock(l),
          // Trích yếu of a công văn: under the number, small, centred in the left box's place.
          new Paragraph({ spacing: { after: 240 }, children: [run(`V/v ${l.about}`, { size: 24, italics: true })] }),
          new Paragraph({ spacing: { before: 120 }, children: [run('Kính gửi: ', { italics: true })] }),
          ...l.to.map((u) => new Paragraph({ indent: { left: 1440 }, children: [run(`- ${u},`)] })),
          ...l.body.map((b) => (b.item ? new Paragraph({ indent: { left: 720 }, spacing: { before: 60 }, children: [run(b.text)] }) : para(b.text, { indent: true }))),
          closingBlock(l),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export function writeReminderLetter(l: ReminderLetter): Promise<Buffer> {
  return writeLetter({
    ...l,
    title: `Đôn đốc gửi ${l.periodTitle}`,
    about: `đôn đốc gửi ${lowerFirst(l.periodTitle)}`,
    to: l.units,
    body: [
      { text: `Thực hiện chế độ báo cáo định kỳ, các đơn vị gửi ${l.periodTitle.toLocaleLowerCase('vi')} về ${issuerName(l)} (qua Văn phòng) chậm nhất ngày ${formatDateVi(l.dueOn)}. Đến ngày ${formatDateVi(l.date)}, các đơn vị nêu trên chưa gửi hoặc chưa hoàn thành việc gửi báo cáo.` },
      { text: 'Đề nghị các đơn vị khẩn trương hoàn thiện, gửi báo cáo trên hệ thống theo dõi; trường hợp có khó khăn, vướng mắc, báo cáo về Văn phòng để tổng hợp.' },
    ],
  });
}

/** The lead units of tasks overdue or due soon: each task with its unit, deadline and days overdue. */
export function writeTaskReminderLetter(l: TaskReminderLetter): Promise<Buffer> {
  const to = [...new Set(l.tasks.map((t) => t.unitName))].sort((a, b) => a.localeCompare(b, 'vi'));
  return writeLetter({
    ...l,
    title: 'Đôn đốc thực hiện nhiệm vụ',
    about: 'đôn đốc thực hiện các nhiệm vụ quá hạn, sắp đến hạn',
    to,
    body: [
      { text: `Theo dõi việc thực hiện các nhiệm vụ ${issuerName(l)} giao, đến ngày ${formatDateVi(l.date)}, các nhiệm vụ sau chưa hoàn thành:` },
      ...l.tasks.map((t, i) => ({
        item: true,
        text: `${i + 1}. ${t.title} — ${t.unitName} chủ trì; thời hạn ${formatDateVi(t.deadline)}${t.daysOverdue > 0 ? `, đã quá hạn ${t.daysOverdue} ngày` : ', sắp đến hạn'}.`,
      })),
      { text: 'Đề nghị các đơn vị khẩn trương chỉ đạo hoàn thành, báo cáo kết quả trên hệ thống theo dõi; trường hợp cần gia hạn, gửi yêu cầu gia hạn kèm lý do về Văn phòng để báo cáo Thường trực xem xét.' },
    ],
  });
}
