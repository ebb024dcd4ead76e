// Congress seasons (đợt đại hội cơ sở) and their schedule of grassroots organisations, in and out of the database.
import type { ScheduledOrg } from '../domain/congress/season.ts';
import type { ScheduleRow } from '../domain/congress/rows.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface Season { id: string; code: string; name: string; deadline: string; latest: string }
export interface Org extends ScheduledOrg { id: string; seasonId: string; unitId: string | null }

const SEASON_COLUMNS = ['id', 'code', 'name', 'deadline', 'latest'] as const;
const ORG_COLUMNS = ['id', 'season_id', 'code', 'name', 'parent', 'unit_id', 'planned_on', 'held_on', 'model'] as const;

type OrgRow = { id: string; season_id: string; code: string; name: string; parent: string; unit_id: string | null; planned_on: string; held_on: string | null; model: boolean };
const toOrg = (r: OrgRow): Org => ({ id: r.id, seasonId: r.season_id, code: r.code, name: r.name, parent: r.parent, unitId: r.unit_id, plannedOn: r.planned_on, heldOn: r.held_on, model: r.model });

export async function findSeasonByCode(db: Db, code: string): Promise<Season | null> {
  return (await db.selectFrom('congress_seasons').select(SEASON_COLUMNS).where('code', '=', code).executeTakeFirst()) ?? null;
}

export async function getSeasonByCode(db: Db, code: string): Promise<Season> {
  const s = await findSeasonByCode(db, code);
  if (!s) throw new AppError('not_found', { vi: `không tìm thấy đợt đại hội mã ${code}`, en: `congress season not found: ${code}` }, { code });
  return s;
}

export async function listSeasons(db: Db): Promise<Season[]> {
  return db.selectFrom('congress_seasons').select(SEASON_COLUMNS).orderBy('created_at', 'desc').orderBy('code').execute();
}

export async function listOrgs(db: Db, seasonId: string): Promise<Org[]> {
  const rows = await db.selectFrom('congress_orgs').select(ORG_COLUMNS).where('season_id', '=', seasonId).orderBy('code').execute();
  return rows.map(toOrg);
}

/** The organisation, locked: two people marking it held at once take turns. */
export async function lockOrg(trx: WriteTx, seasonId: string, code: string): Promise<Org> {
  const r = await trx.selectFrom('congress_orgs').select(ORG_COLUMNS).where('season_id', '=', seasonId).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!r) throw new AppError('not_found', { vi: `không tìm thấy tổ chức đảng mã ${code} trong đợt đại hội`, en: `party organisation not found in the season: ${code}` }, { code });
  return toOrg(r);
}

export async function insertSeason(trx: WriteTx, s: Omit<Season, 'id'>, actor: string | null): Promise<Season> {
  const row = await trx.insertInto('congress_seasons').values(s).returning(SEASON_COLUMNS).executeTakeFirstOrThrow();
  await recordAudit(trx, { actor, action: 'create', objectType: 'congress_season', objectId: row.id, before: null, after: row });
  return row;
}

const CHUNK = 1000;

/**
 * Import or update by code: new organisations are added, known ones take the file's name, committee,
 * planned day and flag. An empty held day in the file keeps a held day already recorded (a unit may
 * have marked it since the file was made); organisations absent from the file stay as they are.
 * Each is linked to the unit of the same code when there is one. One audit entry for the import.
 */
export async function upsertSchedule(trx: WriteTx, season: Season, rows: readonly ScheduleRow[], actor: string | null): Promise<{ created: number; updated: number }> {
  const known = new Set((await trx.selectFrom('congress_orgs').select('code').where('season_id', '=', season.id).execute()).map((r) => r.code));
  const units = new Map<string, string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const codes = rows.slice(i, i + CHUNK).map((r) => r.code);
    for (const u of await trx.selectFrom('units').select(['id', 'code']).where('code', 'in', codes).execute()) units.set(u.code, u.id);
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('congress_orgs')
      .values(rows.slice(i, i + CHUNK).map((r) => ({ season_id: season.id, code: r.code, name: r.name, parent: r.parent, unit_id: units.get(r.code) ?? null, planned_on: r.plannedOn, held_on: r.heldOn, model: r.model })))
      .onConflict((oc) =>
        oc.columns(['season_id', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          parent: eb.ref('excluded.parent'),
          unit_id: eb.fn.coalesce('excluded.unit_id', 'congress_orgs.unit_id'),
          planned_on: eb.ref('excluded.planned_on'),
          held_on: eb.fn.coalesce('excluded.held_on', 'congress_orgs.held_on'),
          model: eb.ref('excluded.model'),
        })),
      )
      .execute();
  }
  const updated = rows.filter((r) => known.has(r.code)).length;
  const result = { created: rows.length - updated, updated };
  await recordAudit(trx, { actor, action: 'import', objectType: 'congress_season', objectId: season.id, before: null, after: { schedule: result } });
  return result;
}

export async function setHeld(trx: WriteTx, org: Org, heldOn: string | null, actor: string | null): Promise<Org> {
  const r = await trx.updateTable('congress_orgs').set({ held_on: heldOn }).where('id', '=', org.id).returning(ORG_COLUMNS).executeTakeFirstOrThrow();
  const after = toOrg(r);
  await recordAudit(trx, { actor, action: 'update', objectType: 'congress_org', objectId: org.id, before: { heldOn: org.heldOn }, after: { heldOn: after.heldOn } });
  return after;
}
