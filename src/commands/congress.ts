// Đại hội: create a congress, import its roster (all or nothing), check delegates in.
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { parseRoster } from '../domain/congress/rows.ts';
import { CHECKIN_SESSIONS, countCheckins, delegatesByCode, findCongressByCode, firstCheckins, getCongressByCode, insertCheckins, insertCongress, lockCongress, recordRescans, replaceRoster } from '../db/congresses.ts';
import { clockDateTimeVi } from '../domain/congress/clock.ts';
import { defineCommand } from './command.ts';
import { Code, Day } from './fields.ts';
import { TableInput } from './congress-fields.ts';
import { RULES } from '../domain/input-error.ts';

export const CongressCreate = z
  .object({ code: Code, name: z.string().trim().min(1).max(300), startsOn: Day, endsOn: Day })
  .strict()
  .refine((c) => c.endsOn >= c.startsOn, { message: RULES.endsAfterStart.en, path: ['endsOn'] })
  .meta({ id: 'CongressCreate' });

export const createCongress = defineCommand({
  name: 'createCongress',
  input: CongressCreate,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    if (await findCongressByCode(ctx.trx, input.code)) throw conflict({ vi: `code: đã có đại hội mã ${input.code}`, en: `code: a congress ${input.code} already exists` });
    return insertCongress(ctx.trx, input, ctx.actor.id);
  },
});

export const RosterImport = z.object({ congress: Code, table: TableInput }).strict();

/**
 * The roster replaces the congress's delegates whole, all or nothing. Once anyone has checked in it
 * is refused: the check-ins would lose their delegates (credential review changes a delegate instead).
 */
export const importRoster = defineCommand({
  name: 'importRoster',
  input: RosterImport,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    await lockCongress(ctx.trx, congress.id);
    const rows = parseRoster(input.table);
    if (rows.length === 0) throw invalid({ vi: 'file: không có dòng đại biểu nào', en: 'file: no delegates in the file' });
    if ((await countCheckins(ctx.trx, congress.id)) > 0) throw conflict({ vi: `roster: đại hội ${congress.code} đã bắt đầu điểm danh, không nạp lại danh sách được`, en: `roster: check-in at ${congress.code} has started; the roster cannot be imported again` });
    ctx.changed({ topic: 'attendance', congressId: congress.id });
    return { congress: congress.code, ...(await replaceRoster(ctx.trx, congress, rows, ctx.actor.id)) };
  },
});

export const CheckIn = z
  .object({
    congress: Code,
    /** One code, or a scanner's batch. */
    codes: z.array(Code).min(1).max(20_000),
    /** When the delegate came in; now when left out. */
    at: z.iso.datetime({ offset: true }).optional(),
    session: z.enum(CHECKIN_SESSIONS).default('chinh-thuc'),
  })
  .strict()
  .meta({ id: 'CongressCheckIn' });

/**
 * Checks delegates in. A second check-in of a delegate is no error and counts once (the first time
 * is kept): it is answered "đã điểm danh lúc …" with that first time, and written to the audit trail. An unknown code refuses the whole batch: nothing of it is written.
 */
export const checkIn = defineCommand({
  name: 'checkIn',
  input: CheckIn,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    const found = await delegatesByCode(ctx.trx, congress.id, input.codes);
    const unknown = [...new Set(input.codes.filter((c) => !found.has(c.toLowerCase())))];
    if (unknown.length > 0) {
      const listed = `${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}`;
      throw invalid({ vi: `codes: không có đại biểu mã ${listed} trong đại hội ${congress.code}`, en: `codes: no delegate ${listed} in congress ${congress.code}` }, { unknown });
    }
    // The credential review took these seats away (replaced) or excused them: their card no longer admits them.
    const barred = [...new Set(input.codes.map((c) => found.get(c.toLowerCase())!).filter((d) => d.status !== 'confirmed').map((d) => d.code))];
    if (barred.length > 0) {
      const listed = `${barred.slice(0, 10).join(', ')}${barred.length > 10 ? ' …' : ''}`;
      throw conflict({
        vi: `codes: đại biểu ${listed} đã được thay hoặc miễn dự khi thẩm tra tư cách, không điểm danh được`,
        en: `codes: ${listed} replaced or excused at the credential review, so not checked in`,
      }, { barred });
    }
    const ids = [...new Set(input.codes.map((c) => found.get(c.toLowerCase())!.id))];
    const at = input.at ? new Date(input.at).toISOString() : new Date().toISOString();
    const added = await insertCheckins(ctx.trx, congress, ids, input.session, at, ctx.actor.id);
    if (added.size > 0) {
      // The presidium's screen and the vote counts (present) move.
      ctx.changed({ topic: 'attendance', congressId: congress.id });
      ctx.changed({ topic: 'votes', congressId: congress.id });
    }
    // A card shown again in the same session: not counted twice, answered with the first time, and audited.
    const again = await firstCheckins(ctx.trx, ids.filter((id) => !added.has(id)), input.session);
    await recordRescans(ctx.trx, congress, input.session, at, again, ctx.actor.id);
    return {
      congress: congress.code, session: input.session, delegates: ids.length, added: added.size, already: ids.length - added.size,
      again: again.map((r) => ({ delegate: r.code, name: r.name, firstAt: r.firstAt, message: `${r.code} ${r.name}: đã điểm danh lúc ${clockDateTimeVi(r.firstAt)}` })),
    };
  },
});
