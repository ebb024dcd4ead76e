import { describe, expect, it } from 'vitest';
import { searchKey } from './search.ts';

describe('searchKey', () => {
  it.each([
    ['Khu thương mại tự do', 'khu thuong mai tu do'],
    ['ĐẠI HỘI Đảng bộ', 'dai hoi dang bo'],
    ['  Hoàn   thiện\nĐề án ', 'hoan thien de an'],
    ['Quy hoạch', 'quy hoach'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('gives the same key for composed and decomposed text', () => {
    const s = 'Thành ủy';
    expect(searchKey(s.normalize('NFD'))).toBe(searchKey(s.normalize('NFC')));
  });
});
