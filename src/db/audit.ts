// The append-only trail: every write records who, when, what, before and after, chained by hashes.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.ts';

// Writers take turns on this lock so that each entry chains to the one committed before it.
const AUDIT_LOCK = 4_216_002;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string | null;
  action: 'create' | 'update' | 'delete' | 'import' | string;
  objectType: string;
  objectId: string;
  before: unknown;
  after: unknown;
}

export interface AuditRow extends AuditEntry {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash covers the entry's content and the previous hash; `at` is fixed before hashing. */
export function auditHash(prevHash: string, e: AuditEntry & { at: string }): string {
  const canonical = JSON.stringify([prevHash, e.at, e.actor, e.action, e.objectType, e.objectId, e.before ?? null, e.after ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function recordAudit(trx: Db, e: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  // jsonb normalises key order, so what is hashed is the JSON as it reads back.
  const before = normaliseJson(e.before);
  const after = normaliseJson(e.after);
  const hash = auditHash(prevHash, { ...e, before, after, at });
  await trx
    .insertInto('audit_log')
    .values({
      at,
      actor: e.actor,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      prev_hash: prevHash,
      hash,
    })
    .execute();
}

/** Sorts object keys recursively (jsonb's own order differs from insertion order). */
export function normaliseJson(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map(normaliseJson);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) out[k] = normaliseJson((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

export interface AuditFilter {
  objectType?: string;
  objectId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export async function listAudit(db: Db, f: AuditFilter): Promise<{ items: (AuditRow & { actorName: string | null })[]; total: number }> {
  let q = db.selectFrom('audit_log');
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  if (f.actor) q = q.where('actor', '=', f.actor);
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<', new Date(f.to));
  const rows = await q.selectAll().orderBy('seq', 'desc').limit(f.limit ?? 100).offset(f.offset ?? 0).execute();
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Who, by name: the trail keeps the id (names change; the chain must not).
  const ids = [...new Set(rows.map((r) => r.actor).filter((a): a is string => a !== null))];
  const names = new Map(ids.length ? (await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name]) : []);
  return { items: rows.map((r) => ({ ...toAuditRow(r), actorName: r.actor ? (names.get(r.actor) ?? null) : null })), total: Number(n) };
}

function toAuditRow(r: {
  seq: number; at: Date | string; actor: string | null; action: string; object_type: string; object_id: string;
  before: unknown; after: unknown; prev_hash: string; hash: string;
}): AuditRow {
  return {
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Walks the chain from the start; returns the first broken entry, or null when all verify. */
export async function verifyAudit(db: Db): Promise<{ checked: number; brokenAt: number | null }> {
  const rows = (await db.selectFrom('audit_log').selectAll().orderBy('seq').execute()).map(toAuditRow);
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const expected = auditHash(prev, { ...r, before: normaliseJson(r.before), after: normaliseJson(r.after) });
    if (r.prevHash !== prev || r.hash !== expected) return { checked: rows.length, brokenAt: r.seq };
    prev = r.hash;
  }
  return { checked: rows.length, brokenAt: null };
}
