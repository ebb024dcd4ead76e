// The review report's Word document read back: heading block for both kinds of issuer, title,
// sections, and every table's rows against the data it was written from.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatScaled } from '../../src/domain/format.ts';
import type { ReviewReportData } from '../../src/domain/review.ts';
import { reviewDocx, SECTION_TITLES } from '../../src/reports/review-docx.ts';
import { sampleReviewData } from '../../src/reports/sample-data.ts';
import { readDocx, tableByHeader, type ReadDocx } from './docx-reader.ts';

const sample = sampleReviewData();
let doc: ReadDocx;

beforeAll(async () => {
  doc = await readDocx(await reviewDocx(sample));
});

describe('heading block', () => {
  it('a Party body: issuer, star, number left; ĐẢNG CỘNG SẢN VIỆT NAM and the date line right', () => {
    const header = doc.tables[0]!;
    expect(header).toHaveLength(1);
    const [left, right] = header[0]!;
    expect(left).toBe('THÀNH ỦY HẢI PHÒNG * Số: -BC/TU');
    expect(right).toBe('ĐẢNG CỘNG SẢN VIỆT NAM Hải Phòng, ngày 05 tháng 10 năm 2025');
    expect(doc.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Underlined heading, italic date line.
    expect(doc.documentXml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,400}ĐẢNG CỘNG SẢN VIỆT NAM/);
    expect(doc.documentXml).toMatch(/<w:i\/>[\s\S]{0,300}Hải Phòng, ngày 05 tháng 10 năm 2025/);
  });

  it('a government body: parent and issuer left, national name and motto right, its own number', async () => {
    const data: ReviewReportData = {
      ...sample,
      issuer: { kind: 'government', parentName: 'Thành phố Hải Phòng', name: 'Ủy ban nhân dân thành phố' },
      number: '215/BC-UBND',
      date: '2025-02-03',
    };
    const gov = await readDocx(await reviewDocx(data));
    const [left, right] = gov.tables[0]![0]!;
    expect(left).toBe('THÀNH PHỐ HẢI PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ Số: 215/BC-UBND');
    expect(right).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hải Phòng, ngày 03 tháng 02 năm 2025');
    expect(gov.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(gov.documentXml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,400}Độc lập - Tự do - Hạnh phúc/);
  });

  it('the title, then the sections in order', () => {
    const at = (s: string) => doc.paragraphs.indexOf(s);
    expect(at('BÁO CÁO')).toBeGreaterThan(-1);
    expect(doc.paragraphs[at('BÁO CÁO') + 1]).toBe(sample.title);
    const positions = Object.values(SECTION_TITLES).map(at);
    expect(positions.every((p) => p > at('BÁO CÁO'))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('the page', () => {
  it('A4, margins 20/20/30/15 mm, Times New Roman 14 pt, two chart images', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(doc.documentXml)?.[0];
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sect).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc.documentXml).toContain('w:ascii="Times New Roman"');
    expect(doc.media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
  });
});

describe('I. targets', () => {
  it('one row per target with its label, unit, target, figures in Vietnamese and status in words', () => {
    const table = tableByHeader(doc.tables, 'TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch, mục tiêu', 'Thực hiện kỳ này', 'Cùng kỳ năm trước', 'Đánh giá');
    expect(table).toHaveLength(sample.targets.rows.length + 1);
    sample.targets.rows.forEach((r, i) => {
      const fig = (v: number | null) => (v === null ? '—' : formatScaled(v));
      expect(table[i + 1]).toEqual([String(i + 1), r.label, r.unit, r.targetText, fig(r.periodValue), fig(r.lastYearValue), r.statusLabel]);
    });
    // Spot checks written out by hand, so a change in formatNumber cannot hide here.
    expect(table[1]!.slice(4, 6)).toEqual(['11,28', '10,34']);
    expect(table[3]![4]).toBe('51.870,5');
  });

  it('the x/y sentence counts achieved over assessed and names the targets without figures', () => {
    expect(doc.text).toContain('Trong quý III/2025, 3/17 chỉ tiêu có số liệu đạt và vượt kế hoạch; 2/19 chỉ tiêu chưa có số liệu để đánh giá.');
  });
});

describe('II. tasks', () => {
  it('counts against all tasks and against tasks with a deadline', () => {
    expect(doc.text).toContain(
      'Tổng số 44 nhiệm vụ, đã hoàn thành 22 (50%), trong đó đúng hạn 15, quá hạn 6, không có thời hạn 1; đang thực hiện 22, trong đó quá hạn 7, tạm dừng 1.',
    );
    expect(doc.text).toContain(
      'Trong 41 nhiệm vụ có thời hạn (không kể 3 nhiệm vụ thường xuyên), đã hoàn thành 21 (51,2%); tỷ lệ hoàn thành đúng hạn trên số đã hoàn thành là 71,4%; số nhiệm vụ chậm (đang quá hạn hoặc hoàn thành quá hạn) là 13 (31,7%).',
    );
  });

  it('a row per unit and a total row that adds up', () => {
    const table = tableByHeader(doc.tables, 'TT', 'Đơn vị', 'Tổng số');
    expect(table).toHaveLength(sample.tasks.byUnit.length + 2);
    expect(table.slice(1, -1).map((r) => r[1])).toEqual(sample.tasks.byUnit.map((u) => u.unitName));
    expect(table.at(-1)).toEqual(['', 'Tổng cộng', '44', '15', '6', '22', '7', '71,4%']);
    expect(table[1]).toEqual(['1', 'Ban Tổ chức Thành ủy', '6', '2', '1', '3', '1', '66,7%']);
  });

  it('lists the tasks done on time, done late and overdue with their units', () => {
    for (const t of sample.tasks.doneLate) expect(doc.text).toContain(`${t.title} (${t.unitName}; thời hạn`);
    expect(doc.text).toContain('- Giải quyết đơn thư tố cáo tồn đọng quý II/2025 (Ủy ban Kiểm tra Thành ủy; thời hạn 31/7/2025, hoàn thành 14/8/2025, chậm 14 ngày).');
    expect(doc.text).toContain('- Hướng dẫn cơ chế tài chính cho các xã, phường mới (Sở Tài chính; hoàn thành 31/7/2025).');
  });
});

describe('III. limitations', () => {
  it('every overdue task with its unit, deadline and days late, longest first', () => {
    const table = tableByHeader(doc.tables, 'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Số ngày quá hạn');
    expect(table.slice(1).map((r) => [r[1], r[2]])).toEqual(sample.limitations.overdue.map((t) => [t.title, t.unitName]));
    expect(table[1]).toEqual(['1', 'Xử lý ô nhiễm môi trường tại các làng nghề', 'Sở Nông nghiệp và Môi trường', '30/6/2025', '92']);
    expect(table).toHaveLength(8);
  });

  it('off-track targets in words with their figure and target', () => {
    expect(doc.text).toContain('- Tốc độ tăng trưởng GRDP: thực hiện 11,28%, kế hoạch ≥ 12,5% (có nguy cơ không đạt).');
    expect(doc.text).toContain('- Tổng vốn đầu tư toàn xã hội: thực hiện 121,3 nghìn tỷ đồng, kế hoạch 190 (chậm tiến độ).');
  });

  it('an amount stored in đồng or USD reads in tỷ, triệu, as its target does', async () => {
    const row = { ...sample.targets.rows[1]!, label: 'Thu ngân sách nhà nước trên địa bàn', unit: 'đồng', targetText: '≥ 245.500 tỷ', periodValue: 13_856e9, lastYearValue: 12_120.5e9 };
    const usd = { ...row, label: 'Kim ngạch xuất khẩu', unit: 'USD', targetText: '≥ 5 tỷ', periodValue: 1_266e6, lastYearValue: 980e6 };
    const data = { ...sample, targets: { ...sample.targets, rows: [row, usd] }, limitations: { ...sample.limitations, offTrack: [row, usd] } };
    const read = await readDocx(await reviewDocx(data));
    const table = tableByHeader(read.tables, 'TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch, mục tiêu', 'Thực hiện kỳ này', 'Cùng kỳ năm trước', 'Đánh giá');
    expect(table.slice(1).map((r) => r.slice(2, 6))).toEqual([['đồng', '≥ 245.500 tỷ', '13.856 tỷ', '12.120,5 tỷ'], ['USD', '≥ 5 tỷ', '1,266 tỷ', '980 triệu']]);
    expect(read.text).toContain('- Thu ngân sách nhà nước trên địa bàn: thực hiện 13.856 tỷ đồng, kế hoạch ≥ 245.500 tỷ');
    expect(read.text).toContain('- Kim ngạch xuất khẩu: thực hiện 1,266 tỷ USD, kế hoạch ≥ 5 tỷ');
  });
});

describe('IV and V', () => {
  it('the tasks due next period', () => {
    const table = tableByHeader(doc.tables, 'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng');
    expect(table).toHaveLength(sample.nextTasks.length + 1);
    expect(table[1]).toEqual(['1', 'Lập quy hoạch chung thành phố sau hợp nhất', 'Sở Xây dựng', '3/10/2025', 'Sắp đến hạn']);
  });

  it('the rating rows with score and level, and the counts by level', () => {
    const table = tableByHeader(doc.tables, 'TT', 'Đơn vị', 'Người đứng đầu', 'Điểm', 'Xếp loại');
    expect(table.slice(1)).toEqual(sample.ratings.map((r, i) => [String(i + 1), r.unitName, r.personInCharge, formatNumber(r.score), r.levelLabel]));
    expect(table[1]!.slice(3)).toEqual(['88,5', 'Hoàn thành tốt nhiệm vụ']);
    expect(doc.text).toContain(
      'Kết quả xếp loại quý III/2025 của 8 đơn vị: 1 đơn vị hoàn thành xuất sắc nhiệm vụ; 5 đơn vị hoàn thành tốt nhiệm vụ; 1 đơn vị hoàn thành nhiệm vụ; 1 đơn vị không hoàn thành nhiệm vụ.',
    );
  });

  it('Nơi nhận bottom-left and the signer bottom-right', () => {
    const [left, right] = doc.tables.at(-1)![0]!;
    expect(left).toMatch(/^Nơi nhận: - Ban Bí thư Trung ương Đảng \(để báo cáo\), .* - Lưu Văn phòng Thành ủy\.$/);
    expect(right).toBe('T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Nguyễn Đình Phong');
  });
});

describe('an empty period', () => {
  it('still makes a document that says there is nothing, without charts', async () => {
    const empty: ReviewReportData = {
      ...sample,
      targets: { rows: [], achieved: 0, assessed: 0, total: 0, headline: '0/0 chỉ tiêu đạt' },
      tasks: { ...sample.tasks, byUnit: [], doneOnTime: [], doneLate: [], overdue: [], summary: { ...sample.tasks.summary, counts: { ...sample.tasks.summary.counts, done_on_time: 0, done_late: 0, done_no_deadline: 0, in_progress: 0, due_soon: 0, in_progress_overdue: 0, paused: 0 } } },
      limitations: { offTrack: [], overdue: [] },
      nextTasks: [],
      ratings: [],
    };
    const d = await readDocx(await reviewDocx(empty));
    expect(d.text).toContain('Không có nhiệm vụ quá hạn.');
    expect(d.text).toContain('Chưa có kết quả xếp loại.');
    expect(d.media).toHaveLength(0);
  });
});
