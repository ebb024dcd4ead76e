// The append-only trail: every write records who, when, what, before and after, chained by hashes.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './connection.ts';
import type { Bilingual } from '../domain/errors.ts';

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

// The key of this process's database (see audit-key.ts): set by openDb, random until then (in memory).
let key: Buffer | null = null;
export function useAuditKey(k: Buffer): void {
  key = k;
}
const auditKey = () => (key ??= randomBytes(32));

const canonical = (prevHash: string, e: AuditEntry & { at: string }) =>
  JSON.stringify([prevHash, e.at, e.actor, e.action, e.objectType, e.objectId, e.before ?? null, e.after ?? null]);

/**
 * The hash covers the entry's content and the previous hash; `at` is fixed before hashing. Keyed (an
 * HMAC) since migration 0030: without the key, an edited row cannot be given a hash that verifies.
 */
export function auditHash(prevHash: string, e: AuditEntry & { at: string }, keyed = true): string {
  return keyed ? createHmac('sha256', auditKey()).update(canonical(prevHash, e)).digest('hex') : createHash('sha256').update(canonical(prevHash, e)).digest('hex');
}

/**
 * The data version: the last audit entry's number. Every change a command makes appends an entry, and
 * the appends take turns under AUDIT_LOCK, so the number only grows and a new one means new data.
 * One probe of the primary key's index, whatever the size of the data.
 */
export async function dataVersion(db: Db): Promise<string> {
  const r = await sql<{ v: string | null }>`SELECT max(seq)::text AS v FROM audit_log`.execute(db);
  return r.rows[0]?.v ?? '0';
}

export async function recordAudit(trx: Db, e: AuditEntry): Promise<void> {
  // jsonb normalises key order, so what is hashed is the JSON as it reads back; copied now, so a
  // value the command changes afterwards is recorded as it was.
  const entry = { ...e, before: normaliseJson(e.before), after: normaliseJson(e.after), at: new Date().toISOString() };
  const queue = pending.get(trx);
  if (queue) queue.push(entry);
  else await appendAudit(trx, [entry]);
}

type Pending = AuditEntry & { at: string };
/** Entries of a command's transaction, appended when its work is done (db/tx.ts calls flushAudit). */
const pending = new WeakMap<object, Pending[]>();

/**
 * From now on, this transaction's entries wait for `flushAudit`: the chain needs one writer at a
 * time only for the append itself, so the lock is taken at the end of the work, not at its first
 * entry, and parallel commands on a server wait for each other's appends and commits, not their work.
 */
export function deferAudit(trx: Db): void {
  pending.set(trx, []);
}

/** Appends the entries `deferAudit` held back, under the lock, chained; the transaction then commits. */
export async function flushAudit(trx: Db): Promise<void> {
  const queue = pending.get(trx);
  pending.delete(trx);
  if (queue && queue.length > 0) await appendAudit(trx, queue);
}

// Rows per INSERT: 10 parameters a row, far below the 65.535 a statement takes.
const APPEND_CHUNK = 1000;

async function appendAudit(trx: Db, entries: readonly Pending[]): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((e) => {
    const hash = auditHash(prevHash, e);
    const row = {
      at: e.at,
      actor: e.actor,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId,
      before: e.before === null ? null : JSON.stringify(e.before),
      after: e.after === null ? null : JSON.stringify(e.after),
      prev_hash: prevHash,
      hash,
      keyed: true,
    };
    prevHash = hash;
    return row;
  });
  // In order: the sequence numbers follow the rows, so the chain reads back in the order it was made.
  for (let i = 0; i < rows.length; i += APPEND_CHUNK) await trx.insertInto('audit_log').values(rows.slice(i, i + APPEND_CHUNK)).execute();
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

export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditVerification {
  checked: number;
  /** The first entry that does not verify, or the exported head that is gone or changed. */
  brokenAt: number | null;
  /** Why, in both languages: the command line prints the one HAIDANG_LANG asks for. */
  reason: Bilingual | null;
  /** The last entry: export it (print, mail, paper) to check later that nothing after it was cut. */
  head: AuditHead | null;
  /** Entries from before the key (migration 0030), hashed with the public formula. */
  unkeyed: number;
}

/**
 * Walks the chain from the start; the first broken entry, or null when all verify. An unkeyed entry
 * after a keyed one is a break (a rewrite with the public formula). With `expectHead`, an earlier
 * export, the entry it names must still be there with the same hash: deleting the last entries or
 * rewriting the chain from some point on, however consistently, is then seen.
 */
export async function verifyAudit(db: Db, opts: { expectHead?: AuditHead } = {}): Promise<AuditVerification> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev = GENESIS_HASH;
  let keyedSeen = false;
  let unkeyed = 0;
  const out = (brokenAt: number | null, reason: Bilingual | null): AuditVerification => {
    const last = rows.at(-1);
    return { checked: rows.length, brokenAt, reason, head: last ? { seq: Number(last.seq), hash: last.hash } : null, unkeyed };
  };
  for (const raw of rows) {
    const r = toAuditRow(raw);
    if (!raw.keyed && keyedSeen) return out(r.seq, { vi: 'một mục không có khoá nằm sau các mục có khoá', en: 'an unkeyed entry after keyed ones' });
    keyedSeen ||= raw.keyed;
    if (!raw.keyed) unkeyed++;
    const expected = auditHash(prev, { ...r, before: normaliseJson(r.before), after: normaliseJson(r.after) }, raw.keyed);
    if (r.prevHash !== prev) return out(r.seq, { vi: 'mục trước đó bị mất hoặc bị sửa', en: 'the previous entry is missing or changed' });
    if (r.hash !== expected) {
      return out(r.seq, { vi: 'mục này đã bị sửa (hoặc khoá nhật ký không phải khoá đã dùng khi ghi nó)', en: 'the entry was changed (or the audit key is not the one it was written with)' });
    }
    prev = r.hash;
  }
  if (opts.expectHead) {
    const h = opts.expectHead;
    const at = rows.find((r) => Number(r.seq) === h.seq);
    if (!at) return out(h.seq, { vi: 'mục cuối đã xuất không còn: các mục đã bị xoá', en: 'the exported head is gone: entries were deleted' });
    if (at.hash !== h.hash) return out(h.seq, { vi: 'mục cuối đã xuất có mã băm khác: chuỗi đã bị viết lại', en: 'the exported head has another hash: the chain was rewritten' });
  }
  return out(null, null);
}
