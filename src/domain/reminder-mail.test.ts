import { describe, expect, it } from 'vitest';
import { reminderMail } from './reminder-mail.ts';

describe('the reminder e-mail', () => {
  const base = { unitName: 'Sở Y tế', personName: 'Nguyễn Văn An', periodTitle: 'Báo cáo quý IV/2025', dueOn: '2026-01-05', today: '2026-01-09', note: '', link: null };

  it('names the unit, the period and the day it was due, in Vietnamese', () => {
    const m = reminderMail(base);
    expect(m.subject).toBe('[Hải Đăng] Đôn đốc gửi báo cáo quý IV/2025 — Sở Y tế');
    expect(m.body).toContain('Kính gửi đồng chí Nguyễn Văn An (Sở Y tế),');
    expect(m.body).toContain('Đến ngày 9/1/2026, Văn phòng chưa nhận được báo cáo quý IV/2025 của đơn vị; hạn gửi là ngày 5/1/2026.');
    expect(m.body).not.toContain('Ghi chú');
  });

  it('says the report is due, not late, before its day; adds the note and the link', () => {
    const m = reminderMail({ ...base, today: '2026-01-03', note: 'Gửi kèm số liệu quý.', link: 'https://haidang.example/ky-bao-cao/1/don-vi/soyt' });
    expect(m.body).toContain('Hạn gửi báo cáo quý IV/2025 là ngày 5/1/2026; đến ngày 3/1/2026 đơn vị chưa gửi báo cáo.');
    expect(m.body).toContain('Ghi chú của Văn phòng: Gửi kèm số liệu quý.');
    expect(m.body).toContain('Báo cáo của đơn vị: https://haidang.example/ky-bao-cao/1/don-vi/soyt');
  });
});
