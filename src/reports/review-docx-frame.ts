// The frame of the review report: the heading block (issuer, number, national or Party heading,
// place and date), the title, and the closing block ("Nơi nhận" and the signer).
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TableBorders, UnderlineType, WidthType } from 'docx';
import type { ReviewReportData } from '../domain/review.ts';
import { BODY, centered, FONT, run, SMALL, shortRule, TEXT_WIDTH } from './docx-parts.ts';
import { dateLineVi, numberLine } from './review-text.ts';

// The left box is narrower: the issuer's names are shorter than the national heading.
const LEFT = Math.round(TEXT_WIDTH * 0.42);
const RIGHT = TEXT_WIDTH - LEFT;

function box(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, margins: { left: 0, right: 0 }, children });
}

function borderless(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [box(LEFT, left), box(RIGHT, right)] })],
  });
}

/**
 * The heading block. Party documents (Hướng dẫn 36-HD/VPTW) put "ĐẢNG CỘNG SẢN VIỆT NAM" on the
 * right, underlined, and a star under the issuer's name; government documents (Nghị định 30) put
 * the national name and motto on the right, the motto underlined, and a short rule under the
 * issuer's name. The place and date line sits on the right under either, in italics.
 */
export function headingBlock(data: Pick<ReviewReportData, 'issuer' | 'number' | 'symbolSuffix' | 'place' | 'date'>): Table {
  const party = data.issuer.kind === 'party';
  const size = party ? BODY : 26;
  const left: Paragraph[] = [];
  if (data.issuer.parentName) left.push(centered(data.issuer.parentName.toUpperCase(), { size }));
  left.push(centered(data.issuer.name.toUpperCase(), { size, bold: true }));
  left.push(party ? centered('*', { size }) : shortRule(LEFT));
  left.push(centered(numberLine(data), { size: BODY, before: party ? 0 : 60 }));

  const right: Paragraph[] = party
    ? [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 30, bold: true, underline: { type: UnderlineType.SINGLE } })]
    : [
        centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 26, bold: true }),
        centered('Độc lập - Tự do - Hạnh phúc', { size: BODY, bold: true, underline: { type: UnderlineType.SINGLE } }),
      ];
  right.push(
    new Paragraph({
      alignment: party ? AlignmentType.RIGHT : AlignmentType.CENTER,
      spacing: { before: party ? 360 : 240 },
      children: [run(dateLineVi(data.place, data.date), { italics: true })],
    }),
  );
  return borderless(left, right);
}

/** "BÁO CÁO" and the title under it, with a short rule closing the title. */
export function titleBlock(data: ReviewReportData): Paragraph[] {
  const lines = [centered('BÁO CÁO', { size: 32, bold: true, before: 480, after: 0 }), centered(data.title, { bold: true, after: 60 })];
  if (data.unit) lines.push(centered(`(${data.unit.name})`, { italics: true, after: 60 }));
  lines.push(shortRule(TEXT_WIDTH, 0.18));
  return lines;
}

/**
 * The closing block: "Nơi nhận:" bottom-left in bold italic 12 pt with its lines in 11 pt; the
 * signer bottom-right, the role in capitals (a "T/M …" line first when signing for a collective;
 * lines split on "\n"), room for the signature and seal, then the name.
 */
export function closingBlock(data: Pick<ReviewReportData, 'recipients' | 'signer'>): Table {
  const left = [
    new Paragraph({ spacing: { before: 240 }, children: [run('Nơi nhận:', { size: 24, bold: true, italics: true })] }),
    ...data.recipients.map((r, i) => {
      const text = r.startsWith('-') ? r : `- ${r}`;
      const last = i === data.recipients.length - 1;
      return new Paragraph({ children: [run(last || /[,.]$/u.test(text) ? text : `${text},`, { size: SMALL, font: FONT })] });
    }),
  ];
  const right = [
    ...data.signer.role.split('\n').map((line, i) => centered(line.toUpperCase(), { bold: true, before: i === 0 ? 240 : 0 })),
    ...[0, 1, 2, 3].map(() => centered('')),
    centered(data.signer.name ?? '', { bold: true }),
  ];
  return borderless(left, right);
}
