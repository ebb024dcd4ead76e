// The programme as the secretariat types it in one box, and back: a line per session, a line per item.
//   # Phiên trù bị | 26/9/2025 | 14:00-17:00
//   14:00 Bầu Đoàn Chủ tịch — Đồng chí Bí thư
//   Thông qua Quy chế làm việc
import { formatDate, isValidDate } from '../calendar.ts';
import { formatDateVi } from '../format.ts';
import { isClock, type ProgrammeItem, type ProgrammeSession } from './programme.ts';

// "# title | d/m/yyyy | hh:mm[-hh:mm]": the title cannot hold a "|", which separates the fields.
const SESSION = /^#\s*(?<title>[^|]+?)\s*\|\s*(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})\s*\|\s*(?<starts>\d{1,2}:\d{2})\s*(?:[-–]\s*(?<ends>\d{1,2}:\d{2}))?\s*$/u;
// "07:30 Khai mạc — Người trình bày": the time and the presenter are optional; the presenter follows
// the first spaced dash, found by indexOf rather than a lazy pattern (linear on any line).
const TIME = /^(\d{1,2}:\d{2})\s+/u;
const DASH = /\s[—–]\s/u;

const MAX_LINE = 2000;
const clock = (s: string) => (s.length === 4 ? `0${s}` : s);

export type ParsedProgramme = { ok: true; sessions: ProgrammeSession[] } | { ok: false; line: number; message: string };

/** The typed box as sessions; the first line that cannot be read is named (1-based), in Vietnamese. */
export function parseProgrammeText(text: string): ParsedProgramme {
  const sessions: ProgrammeSession[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    // No programme line is this long; the cap also bounds the session pattern's work (its lazy title).
    if (line.length > MAX_LINE) return { ok: false, line: i + 1, message: `dòng ${i + 1}: dài quá ${MAX_LINE} ký tự` };
    if (line.startsWith('#')) {
      const m = SESSION.exec(line);
      const g = m?.groups;
      const day = g ? formatDate(Number(g.y), Number(g.m), Number(g.d)) : '';
      if (!g || !isValidDate(day) || !isClock(clock(g.starts!)) || (g.ends && !isClock(clock(g.ends)))) {
        return { ok: false, line: i + 1, message: `dòng ${i + 1}: phiên viết dạng "# Tên phiên | 26/9/2025 | 14:00-17:00"` };
      }
      sessions.push({ title: g.title!, day, starts: clock(g.starts!), ends: g.ends ? clock(g.ends) : null, items: [] });
      continue;
    }
    const session = sessions.at(-1);
    if (!session) return { ok: false, line: i + 1, message: `dòng ${i + 1}: dòng đầu tiên phải là một phiên, bắt đầu bằng "#"` };
    const time = TIME.exec(line)?.[1];
    if (time && !isClock(clock(time))) return { ok: false, line: i + 1, message: `dòng ${i + 1}: giờ "${time}" không đúng dạng HH:MM` };
    const rest = time ? line.replace(TIME, '') : line;
    const dash = rest.search(DASH);
    const item: ProgrammeItem = { time: time ? clock(time) : null, title: (dash < 0 ? rest : rest.slice(0, dash)).trim(), presenter: dash < 0 ? null : rest.slice(dash + 3).trim() || null };
    session.items.push(item);
  }
  return { ok: true, sessions };
}

/** Sessions back into the box's text, so a published programme can be edited. */
export function programmeText(sessions: readonly ProgrammeSession[]): string {
  return sessions
    .map((s) => [
      `# ${s.title} | ${formatDateVi(s.day)} | ${s.starts}${s.ends ? `-${s.ends}` : ''}`,
      ...s.items.map((i) => `${i.time ? `${i.time} ` : ''}${i.title}${i.presenter ? ` — ${i.presenter}` : ''}`),
    ].join('\n'))
    .join('\n\n');
}
