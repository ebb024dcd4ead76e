// Documents in, proposals stored, decisions out: the intake as the server and the CLI run it.
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.ts';
import { tx } from '../../db/tx.ts';
import { createDocument, findDocumentByText, getDocument } from '../../db/documents.ts';
import { listUnits, getUnit } from '../../db/units.ts';
import { createObservation, createTarget, getTarget } from '../../db/targets.ts';
import { createTask, getTask } from '../../db/tasks.ts';
import { decideProposal, documentsWithProposals, getProposal, insertProposals, type StoredProposal } from '../../db/proposals.ts';
import type { Document } from '../../domain/document.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import { extract } from '../../extract/index.ts';
import { defaultLexicon } from '../../extract/indicators.ts';
import { buildProposals, type IndicatorInfo, type Registered } from '../../intake/proposals.ts';
import { ObservationCreate, TargetCreate } from '../routes/targets/schema.ts';
import { TaskCreate } from '../routes/tasks/schema.ts';

async function registered(db: Db, documentId: string): Promise<Registered[]> {
  const span = (r: { span_start: number | null; span_end: number | null }) =>
    r.span_start === null || r.span_end === null ? null : ([r.span_start, r.span_end] as [number, number]);
  const [t, o, k] = await Promise.all([
    db.selectFrom('targets').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('observations').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('tasks').select(['id', 'span_start', 'span_end', 'deadline']).where('document_id', '=', documentId).execute(),
  ]);
  return [
    ...t.map((r) => ({ kind: 'target' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...o.map((r) => ({ kind: 'observation' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...k.map((r) => ({ kind: 'task' as const, id: r.id, span: span(r), deadline: r.deadline })),
  ];
}

/**
 * Reads the document and stores what it proposes. A proposal whose span already holds a registered
 * item (a workspace imported with its items) is stored as accepted, pointing at that item.
 */
export async function propose(db: Db, doc: Document): Promise<number> {
  const lexicon = defaultLexicon();
  const indicators = new Map<string, IndicatorInfo>(lexicon.keys.map((k) => [k.key, { unit: k.unit, measure: k.measure }]));
  const x = extract(doc.text, { documentDate: doc.issuedOn }, lexicon);
  const proposals = buildProposals(doc, x, { units: await listUnits(db), indicators, registered: await registered(db, doc.id) });
  await insertProposals(
    db,
    proposals.map((p) => ({
      documentId: doc.id,
      kind: p.kind,
      span: p.span,
      quote: p.quote,
      payload: p.body,
      extracted: p.kind === 'task' ? p.task : p.fact,
      confidence: p.confidence,
      warnings: p.warnings,
      ...(p.registeredId ? { status: 'accepted' as const, itemId: p.registeredId } : {}),
    })),
  );
  return proposals.length;
}

/** Stores a document and its proposals; the same text submitted again returns the stored one. */
export async function registerDocument(db: Db, input: Omit<Document, 'id'>, actor: string | null): Promise<{ document: Document; duplicate: boolean; proposals: number }> {
  return tx(db, async (trx) => {
    const existing = await findDocumentByText(trx, input.text);
    if (existing) return { document: existing, duplicate: true, proposals: 0 };
    const document = await createDocument(trx, input, actor);
    return { document, duplicate: false, proposals: await propose(trx, document) };
  });
}

/** After an import: documents that came without proposals get them. */
export async function ensureProposals(db: Db): Promise<number> {
  const done = await documentsWithProposals(db);
  const docs = await db.selectFrom('documents').select('id').execute();
  let n = 0;
  for (const { id } of docs) {
    if (done.has(id)) continue;
    await tx(db, async (trx) => void (n += await propose(trx, await getDocument(trx, id))));
  }
  return n;
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
    throw invalid(`${issues[0]?.field || 'body'}: ${issues[0]?.message}`, issues);
  }
  return r.data;
}

/** Registers the proposal's item (with a person's edits); the source always stays the proposal's sentence. */
export async function acceptProposal(db: Db, id: string, edits: Record<string, unknown>, actor: string): Promise<StoredProposal> {
  return tx(db, async (trx) => {
    const p = await getProposal(trx, id);
    if (p.status !== 'pending') throw conflict(`proposal: already ${p.status}`, { status: p.status, itemId: p.itemId });
    const source = { documentId: p.documentId, span: p.span, quote: p.quote };
    const body = { ...p.payload, ...edits, source };
    let itemId: string;
    if (p.kind === 'observation') {
      const o = parse(ObservationCreate, body);
      if (o.unitId) await getUnit(trx, o.unitId);
      itemId = (await createObservation(trx, { ...o, enteredBy: actor }, actor)).id;
    } else if (p.kind === 'target') {
      const t = parse(TargetCreate, body);
      if (t.ownerUnitId) await getUnit(trx, t.ownerUnitId);
      itemId = (await createTarget(trx, t, actor)).id;
    } else {
      const t = parse(TaskCreate, body);
      for (const u of [t.leadUnitId, ...t.coUnitIds]) if (u) await getUnit(trx, u);
      for (const tid of t.targetIds) await getTarget(trx, tid);
      if (t.parentId) await getTask(trx, t.parentId);
      itemId = (await createTask(trx, t, actor)).id;
    }
    return decideProposal(trx, id, 'accepted', itemId, actor);
  });
}

/** A figure read in a document becomes an observation of an existing target's indicator. */
export async function mergeProposal(db: Db, id: string, targetId: string, actor: string): Promise<StoredProposal> {
  return tx(db, async (trx) => {
    const p = await getProposal(trx, id);
    if (p.kind === 'task') throw invalid('proposal: only a figure can be merged into a target');
    if (p.status !== 'pending') throw conflict(`proposal: already ${p.status}`, { status: p.status, itemId: p.itemId });
    const target = await getTarget(trx, targetId);
    const o = parse(ObservationCreate, {
      indicator: target.indicator,
      unit: target.unit,
      period: p.payload.period,
      value: p.payload.value,
      standing: p.payload.standing ?? 'preliminary',
      unitId: target.ownerUnitId,
      source: { documentId: p.documentId, span: p.span, quote: p.quote },
    });
    const obs = await createObservation(trx, { ...o, enteredBy: actor }, actor);
    return decideProposal(trx, id, 'merged', obs.id, actor);
  });
}
