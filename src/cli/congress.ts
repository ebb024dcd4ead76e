// `haidang congress …`: the contract's commands (create, roster, checkin, stats, report, season, schedule, held, progress), and the hall's (review, cards, codes).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Db } from '../db/connection.ts';
import { execute } from '../commands/command.ts';
import { checkIn, createCongress, importRoster } from '../commands/congress.ts';
import { createSeason, importSchedule, markHeld } from '../commands/congress-seasons.ts';
import { congressSeasonProgress, congressStats } from '../queries/congress.ts';
import { readTable } from '../sheets/table-file.ts';
import { AppError } from '../domain/errors.ts';
import { isValidDate, todayInVietnam } from '../domain/calendar.ts';
import { percentVi } from '../domain/congress/percent.ts';
import { systemActor } from '../domain/user.ts';
import { say } from './language.js';

export const CLI = systemActor('cli', 'Dòng lệnh');
/** A roster of 20,000 rows is a few MB; anything far larger is not one. */
const MAX_FILE = 32 * 1024 * 1024;

export const CONGRESS_USAGE = `haidang congress create --code C --name N --from YYYY-MM-DD --to YYYY-MM-DD
haidang congress roster --congress C FILE.csv|FILE.xlsx
haidang congress checkin --congress C CODE [CODE …] [--at 2025-09-27T07:30:00+07:00] [--session tru-bi|chinh-thuc]
haidang congress stats --congress C [--json]
haidang congress report --congress C [--out FILE.docx]
haidang congress review --congress C --delegate D (--confirm | --excuse REASON | --replace REASON --alt-code X --alt-name N --alt-sex Nam|Nữ --alt-born YYYY [--alt-unit U])
haidang congress cards --congress C [--out FILE.docx]
haidang congress codes --congress C [CODE …] [--csv FILE.csv] [--cards FILE.docx]
haidang congress season --code S --name N --deadline YYYY-MM-DD --latest YYYY-MM-DD
haidang congress schedule --season S FILE.csv|FILE.xlsx
haidang congress held --season S --org CODE --on YYYY-MM-DD
haidang congress progress --season S [--as-of YYYY-MM-DD] [--json]`;

export function args<O extends NonNullable<ParseArgsConfig['options']>>(sub: string, argv: string[], options: O, required: (keyof O & string)[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // node:util's own wording, in English whatever the language: the option it names is what matters.
    throw new AppError('invalid', `congress ${sub}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const r of required) if (!values[r]) throw new AppError('invalid', { vi: `congress ${sub}: thiếu --${r}`, en: `congress ${sub}: --${r} is required` });
  return { values: values as { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string }, positionals: parsed.positionals };
}

async function table(sub: string, files: string[]) {
  if (files.length !== 1) throw new AppError('invalid', { vi: `congress ${sub}: cần đúng một tệp .csv hoặc .xlsx`, en: `congress ${sub}: exactly one .csv or .xlsx file` });
  const file = files[0]!;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('invalid', { vi: `file: không mở được tệp ${file}`, en: `file: cannot read ${file}` });
  }
  if (size > MAX_FILE) throw new AppError('too_large', { vi: `file: ${file} lớn quá ${MAX_FILE / 1024 / 1024} MB`, en: `file: ${file} is larger than ${MAX_FILE / 1024 / 1024} MB` });
  return readTable(readFileSync(file));
}

const print = (v: unknown) => console.log(JSON.stringify(v, null, 2));

export async function congressCommand(db: Db, argv: string[]): Promise<number> {
  const [sub = '', ...rest] = argv;
  switch (sub) {
    case 'create': {
      const { values: v } = args(sub, rest, { code: { type: 'string' }, name: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } }, ['code', 'name', 'from', 'to']);
      const c = await execute(db, CLI, createCongress, { code: v.code!, name: v.name!, startsOn: v.from!, endsOn: v.to! });
      console.log(say({ vi: `Đã tạo đại hội ${c.code}: ${c.name} (${c.startsOn} – ${c.endsOn})`, en: `Congress ${c.code} created: ${c.name} (${c.startsOn} – ${c.endsOn})` }));
      return 0;
    }
    case 'roster': {
      const { values: v, positionals } = args(sub, rest, { congress: { type: 'string' } }, ['congress']);
      const r = await execute(db, CLI, importRoster, { congress: v.congress!, table: await table(sub, positionals) });
      console.log(say({
        vi: `Đã nạp ${r.delegates} đại biểu vào đại hội ${r.congress}${r.replaced ? ` (thay ${r.replaced} đại biểu của danh sách trước)` : ''}`,
        en: `${r.delegates} delegates loaded into congress ${r.congress}${r.replaced ? ` (replacing ${r.replaced} of the previous roster)` : ''}`,
      }));
      return 0;
    }
    case 'checkin': {
      const { values: v, positionals } = args(sub, rest, { congress: { type: 'string' }, at: { type: 'string' }, session: { type: 'string' } }, ['congress']);
      if (positionals.length === 0) throw new AppError('invalid', { vi: 'congress checkin: cần ít nhất một mã đại biểu', en: 'congress checkin: at least one delegate code' });
      const r = await execute(db, CLI, checkIn, { congress: v.congress!, codes: positionals, ...(v.at ? { at: v.at } : {}), ...(v.session ? { session: v.session as 'tru-bi' } : {}) });
      console.log(say({
        vi: `Đã điểm danh ${r.added} đại biểu${r.already ? `, ${r.already} đại biểu đã điểm danh trước đó` : ''} (${r.congress})`,
        en: `${r.added} delegates checked in${r.already ? `, ${r.already} had already checked in` : ''} (${r.congress})`,
      }));
      // Each delegate's line is the command's own (Vietnamese, as the hall's screen shows it).
      for (const a of r.again.slice(0, 20)) console.log(`  ${a.message}`);
      if (r.again.length > 20) console.log(say({ vi: `  … và ${r.again.length - 20} đại biểu khác`, en: `  … and ${r.again.length - 20} more delegates` }));
      return 0;
    }
    case 'stats': {
      const { values: v } = args(sub, rest, { congress: { type: 'string' }, json: { type: 'boolean', default: false } }, ['congress']);
      const { stats: s } = await congressStats(db, v.congress!);
      if (v.json) print(s);
      else {
        console.log(say({
          vi: `Đại hội ${s.congress}: triệu tập ${s.convened}, dự ${s.attended} (${percentVi(s.attendedPercent)}), vắng ${s.absent}`,
          en: `Congress ${s.congress}: convened ${s.convened}, present ${s.attended} (${percentVi(s.attendedPercent)}), absent ${s.absent}`,
        }));
        for (const [name, lines] of Object.entries(s.breakdowns)) console.log(`  ${name}: ${lines.map((l) => `${l.label} ${l.count} (${percentVi(l.percent)})`).join('; ')}`);
      }
      return 0;
    }
    case 'report': {
      const { values: v } = args(sub, rest, { congress: { type: 'string' }, out: { type: 'string' } }, ['congress']);
      const { writeCongressBulletin } = await import('../reports/congress-bulletin.ts');
      const data = await congressStats(db, v.congress!);
      const out = v.out ?? `thong-bao-nhanh-${data.congress.code}.docx`;
      writeFileSync(out, await writeCongressBulletin(data));
      console.log(say({ vi: `${out}: Thông báo nhanh kết quả ${data.congress.name}`, en: `${out}: the quick bulletin of ${data.congress.name}` }));
      return 0;
    }
    case 'review':
    case 'cards':
    case 'codes':
      return (await import('./congress-hall.ts')).hallCommand(db, sub, rest);
    case 'season': {
      const { values: v } = args(sub, rest, { code: { type: 'string' }, name: { type: 'string' }, deadline: { type: 'string' }, latest: { type: 'string' } }, ['code', 'name', 'deadline', 'latest']);
      const s = await execute(db, CLI, createSeason, { code: v.code!, name: v.name!, deadline: v.deadline!, latest: v.latest! });
      console.log(say({
        vi: `Đã tạo đợt đại hội ${s.code}: ${s.name} (hoàn thành trước ${s.deadline}, chậm nhất ${s.latest})`,
        en: `Congress season ${s.code} created: ${s.name} (done by ${s.deadline}, at the latest ${s.latest})`,
      }));
      return 0;
    }
    case 'schedule': {
      const { values: v, positionals } = args(sub, rest, { season: { type: 'string' } }, ['season']);
      const r = await execute(db, CLI, importSchedule, { season: v.season!, table: await table(sub, positionals) });
      console.log(say({ vi: `Kế hoạch ${r.season}: thêm ${r.created}, cập nhật ${r.updated} tổ chức`, en: `Schedule of ${r.season}: ${r.created} organisations added, ${r.updated} updated` }));
      return 0;
    }
    case 'held': {
      const { values: v } = args(sub, rest, { season: { type: 'string' }, org: { type: 'string' }, on: { type: 'string' } }, ['season', 'org', 'on']);
      const r = await execute(db, CLI, markHeld, { season: v.season!, org: v.org!, on: v.on! });
      console.log(say({ vi: `${r.org} (${r.name}) đã tổ chức đại hội ngày ${r.heldOn}`, en: `${r.org} (${r.name}) held its congress on ${r.heldOn}` }));
      return 0;
    }
    case 'progress': {
      const { values: v } = args(sub, rest, { season: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean', default: false } }, ['season']);
      const asOf = v['as-of'] ?? todayInVietnam();
      if (!isValidDate(asOf)) throw new AppError('invalid', { vi: 'congress progress: --as-of là ngày YYYY-MM-DD', en: 'congress progress: --as-of is a day YYYY-MM-DD' });
      const p = await congressSeasonProgress(db, v.season!, asOf);
      if (v.json) print(p);
      else {
        console.log(say({
          vi: `Đến ngày ${p.asOf}: ${p.held}/${p.total} (${percentVi(p.heldPercent)}) tổ chức đã đại hội; còn ${p.remaining}, chậm so với kế hoạch ${p.behindPlan}; dự báo xong ${p.forecastDone ?? '—'}`,
          en: `As of ${p.asOf}: ${p.held}/${p.total} (${percentVi(p.heldPercent)}) organisations held their congress; ${p.remaining} to go, ${p.behindPlan} behind the plan; forecast done ${p.forecastDone ?? '—'}`,
        }));
      }
      return 0;
    }
    default:
      throw new AppError('invalid', {
        vi: `congress: lệnh con không rõ "${sub}"; ${CONGRESS_USAGE.split('\n').join(' | ')}`,
        en: `congress: unknown subcommand "${sub}"; ${CONGRESS_USAGE.split('\n').join(' | ')}`,
      });
  }
}
