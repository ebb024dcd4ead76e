// Đợt đại hội cơ sở: create a season, import or update its schedule (all or nothing), mark a congress held.
import { z } from 'zod';
import { authorize, mayManageCongress, mayMarkCongressHeld } from '../domain/policy.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { parseSchedule } from '../domain/congress/rows.ts';
import { findSeasonByCode, getSeasonByCode, insertSeason, lockOrg, setHeld, upsertSchedule } from '../db/congress-seasons.ts';
import { defineCommand } from './command.ts';
import { Code, Day } from './fields.ts';
import { TableInput } from './congress-fields.ts';
import { RULES } from '../domain/input-error.ts';

export const SeasonCreate = z
  .object({ code: Code, name: z.string().trim().min(1).max(300), deadline: Day, latest: Day })
  .strict()
  .refine((s) => s.latest >= s.deadline, { message: RULES.latestAfterDeadline.en, path: ['latest'] })
  .meta({ id: 'CongressSeasonCreate' });

export const createSeason = defineCommand({
  name: 'createSeason',
  input: SeasonCreate,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    if (await findSeasonByCode(ctx.trx, input.code)) throw conflict({ vi: `code: đã có đợt đại hội mã ${input.code}`, en: `code: a congress season ${input.code} already exists` });
    return insertSeason(ctx.trx, input, ctx.actor.id);
  },
});

export const ScheduleImport = z.object({ season: Code, table: TableInput }).strict();

export const importSchedule = defineCommand({
  name: 'importSchedule',
  input: ScheduleImport,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const season = await getSeasonByCode(ctx.trx, input.season);
    const rows = parseSchedule(input.table);
    if (rows.length === 0) throw invalid({ vi: 'file: không có dòng tổ chức nào', en: 'file: no organisations in the file' });
    return { season: season.code, ...(await upsertSchedule(ctx.trx, season, rows, ctx.actor.id)) };
  },
});

export const MarkHeld = z.object({ season: Code, org: Code, on: Day }).strict().meta({ id: 'CongressMarkHeld' });

/** The day an organisation held its congress: not after today (a plan is the planned day, not this). */
export const markHeld = defineCommand({
  name: 'markCongressHeld',
  input: MarkHeld,
  async run(ctx, input) {
    const season = await getSeasonByCode(ctx.trx, input.season);
    const org = await lockOrg(ctx.trx, season.id, input.org);
    authorize(mayMarkCongressHeld(ctx.actor, org));
    if (input.on > ctx.today) throw invalid({ vi: `on: ngày tổ chức ${input.on} sau hôm nay (${ctx.today})`, en: `on: ${input.on} is after today (${ctx.today}); a congress cannot be held in the future` });
    const after = await setHeld(ctx.trx, org, input.on, ctx.actor.id);
    return { season: season.code, org: after.code, name: after.name, heldOn: after.heldOn };
  },
});
