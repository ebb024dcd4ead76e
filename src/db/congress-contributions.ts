// Written contributions (tham luận) to a congress: registered, marked presented, counted.
import { AppError } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export interface Contribution { id: string; delegate: string | null; author: string; committee: string; topic: string; presented: boolean }

const COLUMNS = ['k.id', 'd.code as delegate', 'k.author', 'k.committee', 'k.topic', 'k.presented'] as const;

export async function insertContribution(trx: WriteTx, congressId: string, c: { delegateId: string | null; author: string; committee: string; topic: string; presented: boolean }, actor: string | null): Promise<string> {
  const r = await trx
    .insertInto('congress_contributions')
    .values({ congress_id: congressId, delegate_id: c.delegateId, author: c.author, committee: c.committee, topic: c.topic, presented: c.presented, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, { actor, action: 'create', objectType: 'congress_contribution', objectId: r.id, before: null, after: c });
  return r.id;
}

export async function setPresented(trx: WriteTx, congressId: string, id: string, presented: boolean, actor: string | null): Promise<void> {
  const r = await trx.updateTable('congress_contributions').set({ presented }).where('id', '=', id).where('congress_id', '=', congressId).returning('id').executeTakeFirst();
  if (!r) throw new AppError('not_found', { vi: `không tìm thấy tham luận ${id}`, en: `contribution not found: ${id}` }, { id });
  await recordAudit(trx, { actor, action: 'update', objectType: 'congress_contribution', objectId: id, before: null, after: { presented } });
}

export async function listContributions(db: Db, congressId: string): Promise<Contribution[]> {
  return db
    .selectFrom('congress_contributions as k')
    .leftJoin('congress_delegates as d', 'd.id', 'k.delegate_id')
    .select(COLUMNS)
    .where('k.congress_id', '=', congressId)
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}

export async function getContribution(db: Db, congressId: string, id: string): Promise<Contribution> {
  const r = await db.selectFrom('congress_contributions as k').leftJoin('congress_delegates as d', 'd.id', 'k.delegate_id').select(COLUMNS).where('k.id', '=', id).where('k.congress_id', '=', congressId).executeTakeFirst();
  if (!r) throw new AppError('not_found', { vi: `không tìm thấy tham luận ${id}`, en: `contribution not found: ${id}` }, { id });
  return r;
}

/** A delegate's id, name and unit by code, for a contribution that names its delegate. */
export async function delegateByCode(db: Db, congressId: string, code: string) {
  return db.selectFrom('congress_delegates').select(['id', 'name', 'unit']).where('congress_id', '=', congressId).where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase())).executeTakeFirst();
}

/** The register replaced whole by an imported file: one audit entry for the import. */
export async function replaceContributions(trx: WriteTx, congressId: string, rows: readonly { delegateId: string | null; author: string; committee: string; topic: string; presented: boolean }[], actor: string | null) {
  const gone = await trx.deleteFrom('congress_contributions').where('congress_id', '=', congressId).executeTakeFirst();
  const now = Date.now();
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('congress_contributions')
      // One millisecond apart, so the register keeps the file's order.
      .values(rows.slice(i, i + 1000).map((r, j) => ({ congress_id: congressId, delegate_id: r.delegateId, author: r.author, committee: r.committee, topic: r.topic, presented: r.presented, created_at: new Date(now + i + j) })))
      .execute();
  }
  const result = { registered: rows.length, presented: rows.filter((r) => r.presented).length, replaced: Number(gone.numDeletedRows) };
  await recordAudit(trx, { actor, action: 'import', objectType: 'congress', objectId: congressId, before: null, after: { contributions: result } });
  return result;
}

/** The congress's delegates by code (lower case), for an imported register that names them. */
export async function delegatesForRegister(db: Db, congressId: string) {
  const rows = await db.selectFrom('congress_delegates').select(['id', 'code', 'name', 'unit']).where('congress_id', '=', congressId).execute();
  return new Map(rows.map((r) => [r.code.toLowerCase(), r]));
}
