// A congress's papers for delegates: the programme (replaced whole), the documents and their versions.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { ProgrammeSession } from '../domain/congress/programme.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from './connection.ts';
import type { WriteTx } from './tx.ts';
import { recordAudit } from './audit.ts';

export async function saveProgramme(trx: WriteTx, congressId: string, sessions: ProgrammeSession[], actor: string | null): Promise<void> {
  const json = JSON.stringify(sessions);
  await trx
    .insertInto('congress_programmes')
    .values({ congress_id: congressId, sessions: sql`${json}::jsonb`, published_at: new Date(), published_by: actor })
    .onConflict((oc) => oc.column('congress_id').doUpdateSet({ sessions: sql`${json}::jsonb`, published_at: new Date(), published_by: actor }))
    .execute();
  await recordAudit(trx, { actor, action: 'publish_programme', objectType: 'congress', objectId: congressId, before: null, after: { sessions: sessions.length } });
}

export async function readProgramme(db: Db, congressId: string): Promise<{ sessions: ProgrammeSession[]; publishedAt: string | null }> {
  const r = await db.selectFrom('congress_programmes').select(['sessions', 'published_at']).where('congress_id', '=', congressId).executeTakeFirst();
  return r ? { sessions: r.sessions as ProgrammeSession[], publishedAt: new Date(r.published_at).toISOString() } : { sessions: [], publishedAt: null };
}

export interface PaperVersion { version: number; label: string; publishedAt: string; hasText: boolean; fileName: string | null; contentType: string | null; size: number | null }
export interface Paper { id: string; title: string; versions: PaperVersion[] }

/** The paper of this title, made when new, locked so that two versions published at once number in turn. */
export async function paperForTitle(trx: WriteTx, congressId: string, title: string): Promise<{ id: string; created: boolean }> {
  const made = await trx.insertInto('congress_papers').values({ congress_id: congressId, title }).onConflict((oc) => oc.columns(['congress_id', 'title']).doNothing()).returning('id').executeTakeFirst();
  const row = await trx.selectFrom('congress_papers').select('id').where('congress_id', '=', congressId).where('title', '=', title).forUpdate().executeTakeFirstOrThrow();
  return { id: row.id, created: made !== undefined };
}

export async function addPaperVersion(
  trx: WriteTx,
  paperId: string,
  v: { label: (version: number) => string; body: string | null; file: { name: string; contentType: string; data: Uint8Array } | null },
  actor: string | null,
): Promise<PaperVersion> {
  const last = await trx.selectFrom('congress_paper_versions').select((eb) => eb.fn.max('version').as('n')).where('paper_id', '=', paperId).executeTakeFirst();
  const version = Number(last?.n ?? 0) + 1;
  const label = v.label(version);
  const now = new Date();
  await trx
    .insertInto('congress_paper_versions')
    .values({
      paper_id: paperId, version, label, body: v.body, file_name: v.file?.name ?? null, content_type: v.file?.contentType ?? null,
      data: v.file ? Buffer.from(v.file.data) : null, size: v.file?.data.byteLength ?? null, published_at: now, published_by: actor,
    })
    .execute();
  const sha256 = v.file ? createHash('sha256').update(v.file.data).digest('hex') : null;
  await recordAudit(trx, { actor, action: 'publish_paper', objectType: 'congress_paper', objectId: paperId, before: null, after: { version, label, file: v.file?.name ?? null, sha256 } });
  return { version, label, publishedAt: now.toISOString(), hasText: v.body !== null, fileName: v.file?.name ?? null, contentType: v.file?.contentType ?? null, size: v.file?.data.byteLength ?? null };
}

const VERSION_COLUMNS = ['v.paper_id', 'v.version', 'v.label', 'v.published_at', 'v.file_name', 'v.content_type', 'v.size'] as const;

/** The congress's papers, each with its versions newest first. */
export async function listPapers(db: Db, congressId: string): Promise<Paper[]> {
  const papers = await db.selectFrom('congress_papers').select(['id', 'title']).where('congress_id', '=', congressId).orderBy('created_at').orderBy('title').execute();
  if (papers.length === 0) return [];
  const versions = await db
    .selectFrom('congress_paper_versions as v')
    .select([...VERSION_COLUMNS, sql<boolean>`v.body IS NOT NULL`.as('has_text')])
    .where('v.paper_id', 'in', papers.map((p) => p.id))
    .orderBy('v.version', 'desc')
    .execute();
  return papers.map((p) => ({
    id: p.id, title: p.title,
    versions: versions.filter((v) => v.paper_id === p.id).map((v) => ({ version: v.version, label: v.label, publishedAt: new Date(v.published_at).toISOString(), hasText: v.has_text, fileName: v.file_name, contentType: v.content_type, size: v.size })),
  }));
}

export async function getPaper(db: Db, congressId: string, id: string): Promise<Paper> {
  const p = (await listPapers(db, congressId)).find((x) => x.id === id);
  if (!p) throw new AppError('not_found', { vi: `không tìm thấy tài liệu ${id}`, en: `paper not found: ${id}` }, { id });
  return p;
}

/** One version's text and file. */
export async function paperVersionContent(db: Db, paperId: string, version: number) {
  const r = await db.selectFrom('congress_paper_versions').select(['body', 'file_name', 'content_type', 'data']).where('paper_id', '=', paperId).where('version', '=', version).executeTakeFirst();
  if (!r) throw new AppError('not_found', { vi: `không có bản ${version} của tài liệu`, en: `no version ${version} of the paper` }, { version });
  return { body: r.body, fileName: r.file_name, contentType: r.content_type, data: r.data };
}
