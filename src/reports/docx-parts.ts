// Building blocks of an administrative document in docx: page, fonts, paragraphs and ruled tables
// in the sizes Nghị định 30/2020/NĐ-CP and Hướng dẫn 36-HD/VPTW prescribe.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { ChartImage } from './review-charts.ts';

// docx's convertMillimetersToTwip truncates (A4 comes out 11905 × 16837); Word's own A4 is rounded.
const convertMillimetersToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const FONT = 'Times New Roman';
/** Half-points: body 14 pt, tables 12 pt (the decrees allow 13–14 for text; tables may be smaller). */
export const BODY = 28;
export const TABLE = 24;
export const SMALL = 22;

/** Margins within the ranges of NĐ 30 (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const A4_WIDTH_MM = 210;
/** The width text and tables may take, in twentieths of a point. */
export const TEXT_WIDTH = convertMillimetersToTwip(A4_WIDTH_MM - MARGINS.left - MARGINS.right);

export const PAGE = {
  size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
  margin: {
    top: convertMillimetersToTwip(MARGINS.top),
    bottom: convertMillimetersToTwip(MARGINS.bottom),
    left: convertMillimetersToTwip(MARGINS.left),
    right: convertMillimetersToTwip(MARGINS.right),
  },
};

type Run = Omit<IRunOptions, 'text'>;

export const run = (text: string, opts: Run = {}): TextRun => new TextRun({ text, font: FONT, size: BODY, ...opts });

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, as the decree's examples are set. */
export function para(text: string | TextRun[], opts: { bold?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 300 },
    children: typeof text === 'string' ? [run(text, { bold: opts.bold })] : text,
  });
}

/** A heading of a section ("I. …") or of a part ("1. …"): bold, set against the indent. */
export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    keepNext: true,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: level === 1 ? 200 : 120, after: 80 },
    children: [run(text, { bold: true, italics: level === 2 })],
  });
}

/** A list item as reports set them: a dash, not a bullet glyph that changes with the printer's font. */
export const dashItem = (text: string): Paragraph => para(`- ${text}`);

export function centered(text: string, opts: Run & { after?: number; before?: number } = {}): Paragraph {
  const { after, before, ...runOpts } = opts;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: before ?? 0, after: after ?? 0 },
    children: [run(text, runOpts)],
  });
}

/** A short rule under a centred line (under the issuer's name, under the title), 1/3 of its box. */
export function shortRule(boxWidth: number, share = 1 / 3): Paragraph {
  const side = Math.round((boxWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    // A little room above: a border drawn flush under a line of capitals cuts through its descenders.
    spacing: { before: 60, after: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

export function image(chart: ChartImage): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: { before: 120, after: 120 },
    children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width: chart.width, height: chart.height } })],
  });
}

export interface Column {
  title: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULES = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

function cell(text: string, width: number, align: 'left' | 'center' | 'right', bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment: ALIGN[align], children: [run(text, { size: TABLE, bold })] })],
  });
}

/**
 * A ruled data table over the full text width, header row bold and repeated on each page, fixed
 * column widths (LibreOffice and Word then lay it out the same), rows kept whole across pages.
 */
export function dataTable(columns: Column[], rows: string[][], opts: { boldLastRow?: boolean } = {}): Table {
  const widths = columns.map((c) => Math.round(TEXT_WIDTH * c.width));
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.title, widths[i]!, 'center', true)),
  });
  const body = rows.map(
    (r, ri) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell(r[i] ?? '', widths[i]!, c.align ?? 'left', opts.boldLastRow === true && ri === rows.length - 1)),
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULES,
    rows: [head, ...body],
  });
}

/** A small italic note under a table or chart ("Nguồn: …", "Không có nhiệm vụ."). */
export const note = (text: string): Paragraph =>
  new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 60, after: 60 }, indent: { firstLine: convertMillimetersToTwip(10) }, children: [run(text, { italics: true })] });
