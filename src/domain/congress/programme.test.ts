import { describe, expect, it } from 'vitest';
import { draftLabel, isClock, orderProgramme, programmeProblems, type ProgrammeSession } from './programme.ts';

const congress = { startsOn: '2025-09-26', endsOn: '2025-09-27' };
const session = (over: Partial<ProgrammeSession> = {}): ProgrammeSession => ({ title: 'Phiên chính thức', day: '2025-09-27', starts: '07:30', ends: '11:30', items: [], ...over });

describe('programme', () => {
  it.each([
    ['07:30', true], ['23:59', true], ['00:00', true], ['7:30', false], ['24:00', false], ['07:60', false], ['0730', false],
  ])('isClock(%s) → %s', (s, expected) => expect(isClock(s)).toBe(expected));

  it.each<[string, ProgrammeSession, string[]]>([
    ['a good session', session({ items: [{ time: '08:00', title: 'Khai mạc', presenter: null }] }), []],
    ['open-ended, untimed items', session({ ends: null, items: [{ time: null, title: 'Bế mạc', presenter: null }] }), []],
    ['a day before the congress', session({ day: '2025-09-25' }), ["sessions.0.day: ngày 2025-09-25 ngoài thời gian đại hội 2025-09-26 – 2025-09-27 | 2025-09-25 is outside the congress's days 2025-09-26 – 2025-09-27"]],
    ['ends before it starts', session({ starts: '13:30', ends: '13:30' }), ['sessions.0.ends: phiên kết thúc trước khi bắt đầu | the session ends before it starts']],
    ['an item after the end', session({ items: [{ time: '12:00', title: 'x', presenter: null }] }), ["sessions.0.items.0.time: 12:00 ngoài giờ của phiên | 12:00 is outside the session's hours"]],
    ['an item before the start', session({ items: [{ time: '07:00', title: 'x', presenter: null }] }), ["sessions.0.items.0.time: 07:00 ngoài giờ của phiên | 07:00 is outside the session's hours"]],
  ])('%s', (_name, s, expected) => {
    expect(programmeProblems([s], congress).map((p) => `${p.field}: ${p.message.vi} | ${p.message.en}`)).toEqual(expected);
  });

  it('orders sessions by day and start, timed items by time', () => {
    const ordered = orderProgramme([
      session({ title: 'Chiều 27', starts: '13:30', ends: '17:00' }),
      session({ title: 'Trù bị', day: '2025-09-26', starts: '14:00', ends: '17:00' }),
      session({ title: 'Sáng 27', items: [{ time: '09:00', title: 'B', presenter: null }, { time: '07:30', title: 'A', presenter: null }] }),
    ]);
    expect(ordered.map((s) => s.title)).toEqual(['Trù bị', 'Sáng 27', 'Chiều 27']);
    expect(ordered[1]!.items.map((i) => i.title)).toEqual(['A', 'B']);
  });

  it('names drafts', () => expect(draftLabel(12)).toBe('Dự thảo 12'));
});
