// Thẻ đại biểu: a printable sheet of delegate cards (.docx, A4, eight to a page), each with the QR code of its delegate code.
import { AlignmentType, BorderStyle, Document, HeightRule, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import QRCode from 'qrcode';
import { FONT } from './docx-parts.ts';

export interface CardDelegate { code: string; name: string; unit: string; signInCode?: string | null }
export interface CardOptions { congressName?: string }

const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Narrow margins: cards are cut out, not filed, so the decree's margins give way to a fuller page. */
const MARGIN = 10;
const COLUMNS = 2;
/** Four rows of 68 mm fit the 277 mm between the margins with room for Word's rounding. */
const CARD_HEIGHT = 68;
const CARD_WIDTH = (210 - 2 * MARGIN) / COLUMNS;
/** 30 mm: a phone reads it from arm's length; a QR code's pixels stay square at 8 px per module. */
const QR_MM = 30;
const QR_PX = Math.round((QR_MM / 25.4) * 96);

const dashed = { style: BorderStyle.DASHED, size: 4, color: '808080' } as const;

/** The QR code as a PNG: the delegate code only, nothing else, so any reader (and the hall's scanner) reads it back as typed. */
export function qrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });
}

const line = (text: string, size: number, opts: { bold?: boolean; after?: number; allCaps?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: opts.after ?? 40 }, children: [new TextRun({ text, font: FONT, size, bold: opts.bold, allCaps: opts.allCaps })] });

async function card(d: CardDelegate, congressName: string | undefined): Promise<TableCell> {
  const children = [
    ...(congressName ? [line(congressName, 18, { after: 60 })] : []),
    line('ĐẠI BIỂU', 26, { bold: true, after: 60 }),
    line(d.name, 28, { bold: true }),
    line(d.unit, 20, { after: 60 }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: await qrPng(d.code), transformation: { width: QR_PX, height: QR_PX }, altText: { name: d.code, description: `QR ${d.code}`, title: d.code } })] }),
    line(`Mã đại biểu: ${d.code}`, 22, { bold: true }),
    ...(d.signInCode ? [line(`Mã đăng nhập: ${d.signInCode}`, 22)] : []),
  ];
  return new TableCell({
    width: { size: mm(CARD_WIDTH), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: dashed, bottom: dashed, left: dashed, right: dashed },
    margins: { top: mm(2), bottom: mm(2), left: mm(3), right: mm(3) },
    children,
  });
}

const blank = () => new TableCell({ width: { size: mm(CARD_WIDTH), type: WidthType.DXA }, borders: { top: dashed, bottom: dashed, left: dashed, right: dashed }, children: [new Paragraph('')] });

/**
 * The cards in the roster's order, two across and four down on each A4 page, dashed borders to cut
 * along. A card prints "Mã đăng nhập" only when the delegate has a one-time sign-in code.
 */
export async function delegateCards(delegates: readonly CardDelegate[], options: CardOptions = {}): Promise<Buffer> {
  const cells = await Promise.all(delegates.map((d) => card(d, options.congressName)));
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += COLUMNS) {
    const row = cells.slice(i, i + COLUMNS);
    while (row.length < COLUMNS) row.push(blank());
    // cantSplit: a card is never cut in two by a page break.
    rows.push(new TableRow({ cantSplit: true, height: { value: mm(CARD_HEIGHT), rule: HeightRule.EXACT }, children: row }));
  }
  const body = rows.length > 0
    ? [new Table({ layout: TableLayoutType.FIXED, width: { size: mm(210 - 2 * MARGIN), type: WidthType.DXA }, columnWidths: Array(COLUMNS).fill(mm(CARD_WIDTH)), rows })]
    : [line('Chưa có đại biểu nào trong danh sách.', 24)];
  const doc = new Document({
    creator: 'Hải Đăng',
    title: `Thẻ đại biểu${options.congressName ? ` — ${options.congressName}` : ''}`,
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(MARGIN), bottom: mm(MARGIN), left: mm(MARGIN), right: mm(MARGIN) } } }, children: body }],
  });
  return Packer.toBuffer(doc);
}
