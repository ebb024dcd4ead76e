import { describe, expect, it } from 'vitest';
import { parseContributions } from './contributions.ts';

const table = (rows: string[][], headers = ['ma_dai_bieu', 'tac_gia', 'dang_bo', 'chu_de', 'trinh_bay']) => ({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

describe('parseContributions', () => {
  it('reads a delegate or an author, presented or not, and skips empty rows', () => {
    expect(parseContributions(table([
      ['S001', '', '', 'Phát triển kinh tế biển', 'Có'],
      ['', 'Ban Tuyên giáo Thành ủy', 'Đảng bộ Khối cơ quan', 'Công tác tuyên truyền', ''],
      ['', '', '', '', ''],
    ]))).toEqual([
      { row: 2, delegate: 'S001', author: null, committee: null, topic: 'Phát triển kinh tế biển', presented: true },
      { row: 3, delegate: null, author: 'Ban Tuyên giáo Thành ủy', committee: 'Đảng bộ Khối cơ quan', topic: 'Công tác tuyên truyền', presented: false },
    ]);
  });

  it.each([
    [[['', '', 'Đảng bộ A', 'Chủ đề', '']], 'dòng 2, cột tac_gia: cần tác giả hoặc mã đại biểu'],
    [[['', 'Tác giả', '', 'Chủ đề', '']], 'dòng 2, cột dang_bo: cần đảng bộ của tác giả'],
    [[['S001', '', '', '', '']], 'dòng 2, cột chu_de: không được để trống'],
    [[['S001', '', '', 'Chủ đề', 'rồi']], 'dòng 2, cột trinh_bay: "rồi" phải là "có" hoặc để trống'],
  ])('refuses %j', (rows, message) => {
    expect(() => parseContributions(table(rows))).toThrow(message);
  });

  it('names a missing column in row 1', () => {
    expect(() => parseContributions(table([['a']], ['tac_gia']))).toThrow('dòng 1, cột chu_de: thiếu cột bắt buộc');
  });
});
