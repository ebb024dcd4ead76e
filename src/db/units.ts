// Units (đơn vị) in and out of the database, and the subtree queries that scope lists.
import { sql } from 'kysely';
import type { Unit, UnitKind } from '../domain/unit.ts';
import { conflict, notFound } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

type UnitRow = { id: string; code: string; name: string; kind: string; parent_id: string | null; merged_into: string | null; merged_on: string | null };

const COLUMNS = ['id', 'code', 'name', 'kind', 'parent_id', 'merged_into', 'merged_on'] as const;

export const toUnit = (r: UnitRow): Unit => ({
  id: r.id, code: r.code, name: r.name, kind: r.kind as UnitKind, parentId: r.parent_id, mergedInto: r.merged_into, mergedOn: r.merged_on,
});

export async function listUnits(db: Db): Promise<Unit[]> {
  const rows = await db.selectFrom('units').select(COLUMNS).orderBy('code').execute();
  return rows.map(toUnit);
}

/** The names of these units only, by id: an answer names the units it shows, not all of them. */
export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getUnit(db: Db, id: string): Promise<Unit> {
  const r = await db.selectFrom('units').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('unit', id);
  return toUnit(r);
}

export async function findUnitByCode(db: Db, code: string): Promise<Unit | null> {
  const r = await db.selectFrom('units').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return r ? toUnit(r) : null;
}

/** The unit and all units below it, at any depth. */
export async function subtreeIds(db: Db, rootId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE sub(id) AS (
      SELECT id FROM units WHERE id = ${rootId}
      UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT id FROM sub`.execute(db);
  return r.rows.map((x) => x.id);
}

/** The kinds of audit entry whose writes change the unit tree (a unit created or moved, a workspace imported). */
export const UNIT_DATA_KINDS = ['unit', 'workspace'] as const;

// Per database (audit numbers repeat across databases in one process), per unit: its subtree as of a version.
const subtrees = new WeakMap<Db, Map<string, { version: string; ids: ReadonlySet<string> }>>();
const SUBTREES_KEPT = 1_000;

/** subtreeIds, kept while `version` (the last audit entry of UNIT_DATA_KINDS) is unchanged. */
export async function subtreeKept(db: Db, unitId: string, version: string): Promise<ReadonlySet<string>> {
  let kept = subtrees.get(db);
  if (!kept) subtrees.set(db, (kept = new Map()));
  const hit = kept.get(unitId);
  if (hit && hit.version === version) return hit.ids;
  const ids = new Set(await subtreeIds(db, unitId));
  if (kept.size >= SUBTREES_KEPT) kept.clear();
  kept.set(unitId, { version, ids });
  return ids;
}

export type UnitInput = Omit<Unit, 'id' | 'mergedInto' | 'mergedOn'> & { id?: string };

export async function createUnit(trx: WriteTx, input: UnitInput, actor: string | null): Promise<Unit> {
  {
    if (input.parentId) await getUnit(trx, input.parentId);
    const row = await trx
      .insertInto('units')
      .values({ ...(input.id ? { id: input.id } : {}), code: input.code, name: input.name, kind: input.kind, parent_id: input.parentId })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const unit = toUnit(row);
    await recordAudit(trx, { actor, action: 'create', objectType: 'unit', objectId: unit.id, before: null, after: unit });
    return unit;
  }
}

export async function updateUnit(trx: WriteTx, id: string, patch: Partial<UnitInput>, actor: string | null): Promise<Unit> {
  {
    const before = await getUnit(trx, id);
    // An empty update changes nothing and writes nothing to the trail.
    if (Object.values(patch).every((v) => v === undefined)) return before;
    if (patch.parentId) {
      // A unit cannot move under itself or one of its descendants: the tree would become a loop.
      const below = await subtreeIds(trx, id);
      if (below.includes(patch.parentId)) throw conflict({ vi: 'đơn vị cấp trên: một đơn vị không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó', en: 'parentId: a unit cannot be placed under itself or its descendants' });
      await getUnit(trx, patch.parentId);
    }
    const row = await trx
      .updateTable('units')
      .set({
        ...(patch.code !== undefined ? { code: patch.code } : {}),
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const after = toUnit(row);
    await recordAudit(trx, { actor, action: 'update', objectType: 'unit', objectId: id, before, after });
    return after;
  }
}
