// The unit charged with a directive: after a trigger, before "chủ trì", or as the subject that opens the item.
import { describe, expect, it } from 'vitest';
import { findOwner } from './owner.ts';

describe('findOwner', () => {
  it.each([
    ['giao Văn phòng Tỉnh ủy chủ trì xây dựng quy chế', 'Văn phòng Tỉnh ủy'],
    ['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát', 'Sở Tài chính'],
    ['Sở Du lịch xây dựng chương trình kích cầu du lịch', 'Sở Du lịch'],
    ['Các chủ đầu tư phải khởi công toàn bộ các dự án', 'Các chủ đầu tư'],
    ['Các cấp ủy tổ chức học tập, quán triệt Nghị quyết', 'Các cấp ủy'],
    ['Sở Nông nghiệp và Môi trường hoàn thành cấp giấy chứng nhận', 'Sở Nông nghiệp và Môi trường'],
    ['Ủy ban nhân dân các xã, phường hoàn thành hỗ trợ xóa nhà tạm', 'Ủy ban nhân dân các xã, phường'],
    ['giao các sở, ban, ngành rà soát thủ tục', 'các sở, ban, ngành'],
    ['giao Sở Tài chính, ban hành hướng dẫn trong tháng 7', 'Sở Tài chính'],
  ])('%s → %s', (t, owner) => expect(findOwner(t).owner).toBe(owner));
  it.each([
    'Sở Tài chính với vai trò cơ quan thường trực',
    'UBND tỉnh về việc giao chỉ tiêu',
    'hoàn thành bàn giao mặt bằng cho chủ đầu tư',
    'Sở Y tế có 12 bệnh viện',
  ])('%j names no owner', (t) => expect(findOwner(t).owner).toBeNull());
});
