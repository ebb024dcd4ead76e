// Công văn đôn đốc: the secretariat's letter reminding the units whose report for a period is still
// missing or not submitted, in the administrative layout of the review report (heading, trích yếu,
// Kính gửi, body, Nơi nhận and signer).
import { Document, Packer, Paragraph } from 'docx';
import type { ReviewReportData } from '../domain/review.ts';
import { formatDateVi } from '../domain/format.ts';
import { BODY, FONT, PAGE, para, run } from './docx-parts.ts';
import { closingBlock, headingBlock } from './review-docx-frame.ts';

export interface ReminderLetter extends Pick<ReviewReportData, 'issuer' | 'number' | 'symbolSuffix' | 'place' | 'date' | 'recipients' | 'signer'> {
  /** "Báo cáo quý I/2026". */
  periodTitle: string;
  dueOn: string;
  /** The units reminded, by name. */
  units: string[];
}

export async function writeReminderLetter(l: ReminderLetter): Promise<Buffer> {
  const issuer = l.issuer.name.charAt(0) + l.issuer.name.slice(1).toLocaleLowerCase('vi');
  const doc = new Document({
    creator: 'Hải Đăng',
    title: `Đôn đốc gửi ${l.periodTitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          headingBlock(l),
          // Trích yếu of a công văn: under the number, small, centred in the left box's place.
          new Paragraph({ spacing: { after: 240 }, children: [run(`V/v đôn đốc gửi ${l.periodTitle.charAt(0).toLocaleLowerCase('vi')}${l.periodTitle.slice(1)}`, { size: 24, italics: true })] }),
          new Paragraph({ spacing: { before: 120 }, children: [run('Kính gửi: ', { italics: true })] }),
          ...l.units.map((u) => new Paragraph({ indent: { left: 1440 }, children: [run(`- ${u},`)] })),
          para(`Thực hiện chế độ báo cáo định kỳ, các đơn vị gửi ${l.periodTitle.toLocaleLowerCase('vi')} về ${issuer} (qua Văn phòng) chậm nhất ngày ${formatDateVi(l.dueOn)}. Đến ngày ${formatDateVi(l.date)}, các đơn vị nêu trên chưa gửi hoặc chưa hoàn thành việc gửi báo cáo.`, { indent: true }),
          para('Đề nghị các đơn vị khẩn trương hoàn thiện, gửi báo cáo trên hệ thống theo dõi; trường hợp có khó khăn, vướng mắc, báo cáo về Văn phòng để tổng hợp.', { indent: true }),
          closingBlock(l),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
