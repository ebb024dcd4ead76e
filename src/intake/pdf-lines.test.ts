import { describe, expect, it } from 'vitest';
import { paragraphsOf, type PdfLine } from './pdf-lines.ts';

// Lines on a page whose text runs from x = 50 to x = 550.
const L = (text: string, xStart = 50, xEnd = 548): PdfLine => ({ text, xStart, xEnd });

describe('paragraphsOf: a page\'s lines back into paragraphs', () => {
  const cases: [string, PdfLine[], string[]][] = [
    ['a sentence cut by the margin is one paragraph', [L('Hoàn thiện Đề án trình Ban Thường vụ Thành ủy trước ngày'), L('30/9/2025.', 50, 120)], ['Hoàn thiện Đề án trình Ban Thường vụ Thành ủy trước ngày 30/9/2025.']],
    ['a short line ends its paragraph', [L('I. KẾT QUẢ', 50, 140), L('GRDP tăng 11,28% so với cùng kỳ, cao nhất từ trước đến nay và đứng thứ'), L('hai cả nước.', 50, 140)], ['I. KẾT QUẢ', 'GRDP tăng 11,28% so với cùng kỳ, cao nhất từ trước đến nay và đứng thứ hai cả nước.']],
    ['an indented line opens a new paragraph', [L('Thu ngân sách đạt 45.000 tỷ đồng, tăng 12% so với cùng kỳ năm trước, bằng'), L('Kim ngạch xuất khẩu ước đạt 18 tỷ USD.', 80, 400)], ['Thu ngân sách đạt 45.000 tỷ đồng, tăng 12% so với cùng kỳ năm trước, bằng', 'Kim ngạch xuất khẩu ước đạt 18 tỷ USD.']],
    ['a dash item opens a new paragraph even after a full line', [L('Các nhiệm vụ trọng tâm trong thời gian tới gồm những việc sau đây, cụ thể'), L('- Sở Tài chính chủ trì tham mưu.', 50, 300), L('- Sở Xây dựng hoàn thành quy hoạch.', 50, 320)], ['Các nhiệm vụ trọng tâm trong thời gian tới gồm những việc sau đây, cụ thể', '- Sở Tài chính chủ trì tham mưu.', '- Sở Xây dựng hoàn thành quy hoạch.']],
    ['a numbered item opens a new paragraph', [L('Phấn đấu tăng trưởng kinh tế năm 2026 đạt từ 10% trở lên, trong đó có các'), L('2. Thu nhập bình quân đầu người đạt 9.000 USD.', 50, 420)], ['Phấn đấu tăng trưởng kinh tế năm 2026 đạt từ 10% trở lên, trong đó có các', '2. Thu nhập bình quân đầu người đạt 9.000 USD.']],
    ['blank lines are dropped, spaces folded', [L('  Tỷ lệ   hộ nghèo  ', 50, 300), L('   ', 50, 50)], ['Tỷ lệ hộ nghèo']],
    ['nothing gives nothing', [], []],
  ];
  it.each(cases)('%s', (_what, lines, expected) => expect(paragraphsOf(lines)).toEqual(expected));
});
