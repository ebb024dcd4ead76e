// The "Thông báo nhanh kết quả Đại hội" as a Word document, administrative layout, section II written from the data.
import { Document, Packer, UnderlineType } from 'docx';
import type { RosterStats } from '../domain/congress/roster.ts';
import { formatDateVi } from '../domain/format.ts';
import { BODY, centered, FONT, heading, PAGE, para, shortRule, TEXT_WIDTH } from './docx-parts.ts';
import { delegateParagraphs } from './congress-text.ts';

export interface BulletinData { congress: { code: string; name: string; startsOn: string; endsOn: string }; stats: RosterStats; committees: number }

/**
 * The bulletin as the seed sets it: the Party heading, the title in capitals, the opening sentence
 * with the congress's days, and section II "Về đại biểu Đại hội" from the roster and the check-ins.
 * The other sections (preparations, theme, results) are people's words: left for the secretariat.
 */
export async function writeCongressBulletin(data: BulletinData): Promise<Buffer> {
  const { congress, stats } = data;
  const days = congress.startsOn === congress.endsOn
    ? `họp ngày ${formatDateVi(congress.startsOn)}`
    : `họp từ ngày ${formatDateVi(congress.startsOn)} đến ngày ${formatDateVi(congress.endsOn)}`;
  const year = Number(congress.startsOn.slice(0, 4));
  const doc = new Document({
    creator: 'Hải Đăng',
    title: `Thông báo nhanh kết quả ${congress.name}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          centered('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 30, bold: true, underline: { type: UnderlineType.SINGLE }, after: 360 }),
          centered(`THÔNG BÁO NHANH KẾT QUẢ ${congress.name.toLocaleUpperCase('vi')}`, { size: 30, bold: true, after: 60 }),
          shortRule(TEXT_WIDTH, 0.18),
          para(`${congress.name} ${days}.`),
          para('Dưới đây là thông báo nhanh về kết quả Đại hội:'),
          heading('II. VỀ ĐẠI BIỂU ĐẠI HỘI'),
          heading('1. Đại biểu chính thức', 2),
          ...delegateParagraphs(stats, data.committees, year).map((t) => para(t)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
