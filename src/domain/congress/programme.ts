// Chương trình Đại hội: sessions (phiên) with their day, times and items, as delegates read them on a phone.
import type { Bilingual } from '../errors.ts';

export interface ProgrammeItem { time: string | null; title: string; presenter: string | null }
export interface ProgrammeSession { title: string; day: string; starts: string; ends: string | null; items: ProgrammeItem[] }

/** `07:30`: a time of day as the programme prints it, 24-hour. */
export const isClock = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/u.test(s);

/**
 * What is wrong with a programme, each a field and its message in both languages: a session
 * outside the congress's days, one that ends before it starts, an item timed outside its session.
 */
export interface ProgrammeProblem { field: string; message: Bilingual }

export function programmeProblems(sessions: readonly ProgrammeSession[], congress: { startsOn: string; endsOn: string }): ProgrammeProblem[] {
  const out: ProgrammeProblem[] = [];
  sessions.forEach((s, i) => {
    const at = `sessions.${i}`;
    if (s.day < congress.startsOn || s.day > congress.endsOn) out.push({ field: `${at}.day`, message: { vi: `ngày ${s.day} ngoài thời gian đại hội ${congress.startsOn} – ${congress.endsOn}`, en: `${s.day} is outside the congress's days ${congress.startsOn} – ${congress.endsOn}` } });
    if (s.ends !== null && s.ends <= s.starts) out.push({ field: `${at}.ends`, message: { vi: 'phiên kết thúc trước khi bắt đầu', en: 'the session ends before it starts' } });
    s.items.forEach((it, j) => {
      if (it.time !== null && (it.time < s.starts || (s.ends !== null && it.time > s.ends))) out.push({ field: `${at}.items.${j}.time`, message: { vi: `${it.time} ngoài giờ của phiên`, en: `${it.time} is outside the session's hours` } });
    });
  });
  return out;
}

/** Sessions in the order they happen (day, then start), items by their time, untimed items where they were put. */
export function orderProgramme(sessions: readonly ProgrammeSession[]): ProgrammeSession[] {
  return [...sessions]
    .sort((a, b) => (a.day === b.day ? a.starts.localeCompare(b.starts) : a.day.localeCompare(b.day)))
    .map((s) => ({ ...s, items: s.items.every((i) => i.time !== null) ? [...s.items].sort((a, b) => a.time!.localeCompare(b.time!)) : s.items }));
}

/** The label of a paper's n-th version unless the secretariat names it: `Dự thảo 3`. */
export const draftLabel = (version: number) => `Dự thảo ${version}`;
