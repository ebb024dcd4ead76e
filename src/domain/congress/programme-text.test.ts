import { describe, expect, it } from 'vitest';
import { parseProgrammeText, programmeText } from './programme-text.ts';

describe('programme as typed text', () => {
  const text = [
    '# Phiên trù bị | 26/9/2025 | 14:00-17:00',
    '14:00 Bầu Đoàn Chủ tịch — Đồng chí Bí thư Thành ủy',
    'Thông qua Quy chế làm việc',
    '',
    '# Phiên chính thức | 27/9/2025 | 7:30',
    '7:30 Khai mạc',
  ].join('\n');

  it('reads sessions and items, times padded, presenter after a dash', () => {
    expect(parseProgrammeText(text)).toEqual({
      ok: true,
      sessions: [
        { title: 'Phiên trù bị', day: '2025-09-26', starts: '14:00', ends: '17:00', items: [
          { time: '14:00', title: 'Bầu Đoàn Chủ tịch', presenter: 'Đồng chí Bí thư Thành ủy' },
          { time: null, title: 'Thông qua Quy chế làm việc', presenter: null },
        ] },
        { title: 'Phiên chính thức', day: '2025-09-27', starts: '07:30', ends: null, items: [{ time: '07:30', title: 'Khai mạc', presenter: null }] },
      ],
    });
  });

  it('writes back what it reads', () => {
    const parsed = parseProgrammeText(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parseProgrammeText(programmeText(parsed.sessions))).toEqual(parsed);
    expect(programmeText(parsed.sessions).split('\n')[0]).toBe('# Phiên trù bị | 26/9/2025 | 14:00-17:00');
  });

  it.each([
    ['Khai mạc', 1, 'dòng đầu tiên phải là một phiên'],
    ['# Phiên | 31/2/2025 | 07:30', 1, 'phiên viết dạng'],
    ['# Phiên | 27/9/2025 | 25:00', 1, 'phiên viết dạng'],
    ['# Phiên | 27/9/2025', 1, 'phiên viết dạng'],
    ['# Phiên | 27/9/2025 | 07:30\n\n7:75 Khai mạc', 3, 'giờ "7:75"'],
    [`# ${' '.repeat(100_000)}x`, 1, 'dài quá 2000 ký tự'],
  ])('%j is refused at line %i', (input, line, message) => {
    const r = parseProgrammeText(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(line);
      expect(r.message).toContain(message);
    }
  });

  it('reads nothing from an empty box', () => expect(parseProgrammeText('  \n')).toEqual({ ok: true, sessions: [] }));
});
