// The pure parts of OCR: which pages need it, what the tool's listing says, and its lines joined into paragraphs.
import { describe, expect, it } from 'vitest';
import { hasLanguage, ocrParagraphs } from './ocr.ts';
import { pagesWithoutText } from './pdf.ts';

describe('ocrParagraphs: Tesseract lines joined back into paragraphs', () => {
  it.each([
    ['Sở Tài chính chủ trì, báo cáo\nBan Thường vụ trước\nngày 30/10/2025.\n\n- Sở Xây dựng hoàn thành\n', 'Sở Tài chính chủ trì, báo cáo Ban Thường vụ trước ngày 30/10/2025.\n- Sở Xây dựng hoàn thành'],
    ['Trang một\n\f\nTrang hai\n', 'Trang một\nTrang hai'],
    ['  \n\n \n', ''],
    // Decomposed marks (as some tools print them) come back composed.
    ['Thành ủy'.normalize('NFD'), 'Thành ủy'],
  ])('%j', (raw, want) => expect(ocrParagraphs(raw)).toBe(want));
});

describe('hasLanguage: the listing of tesseract --list-langs', () => {
  it.each([
    ['List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):\neng\nosd\nvie\n', true],
    ['List of available languages (2):\neng\nosd\n', false],
    ['List of available languages (1):\nvie_old\n', false],
  ])('%j → %s', (listing, want) => expect(hasLanguage(listing, 'vie')).toBe(want));
});

describe('pagesWithoutText: scanned pages', () => {
  it.each<[string[][], number[]]>([
    [[['Thường trực Thành ủy yêu cầu các cơ quan']], []],
    [[[]], [1]],
    [[['Thường trực Thành ủy yêu cầu các cơ quan'], ['- 2 -'], ['Sở Xây dựng hoàn thành quy hoạch chung']], [2]],
  ])('%j → %j', (pages, want) => expect(pagesWithoutText(pages)).toEqual(want));
});
