// Intake: read an uploaded file, propose what a document says, and register the accepted proposals
// in one transaction (all or nothing), each linked to its sentence.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, json, jsonBody, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';
import { AppError, invalid } from '../../../domain/errors.ts';
import { getDocument } from '../../../db/documents.ts';
import { listUnits, getUnit } from '../../../db/units.ts';
import { createObservation, createTarget, getTarget } from '../../../db/targets.ts';
import { createTask, getTask } from '../../../db/tasks.ts';
import { tx } from '../../../db/tx.ts';
import type { Db } from '../../../db/connection.ts';
import { extract } from '../../../extract/index.ts';
import { defaultLexicon } from '../../../extract/indicators.ts';
import { buildProposals, type IndicatorInfo, type Registered } from '../../../intake/proposals.ts';
import { documentText } from '../../../intake/read.ts';
import { ObservationCreate, TargetCreate } from '../targets/schema.ts';
import { TaskCreate } from '../tasks/schema.ts';
import { checkSource } from '../targets/targets.ts';

const tags = ['Tiếp nhận văn bản (intake)'];
export const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;

const Accept = z
  .object({
    observations: z.array(ObservationCreate).max(1000).default([]),
    targets: z.array(TargetCreate).max(1000).default([]),
    tasks: z.array(TaskCreate).max(1000).default([]),
  })
  .strict()
  .openapi('IntakeAccept');

async function registered(db: Db, documentId: string): Promise<Registered[]> {
  const span = (r: { span_start: number | null; span_end: number | null }) =>
    r.span_start === null || r.span_end === null ? null : ([r.span_start, r.span_end] as [number, number]);
  const [t, o, k] = await Promise.all([
    db.selectFrom('targets').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('observations').select(['id', 'span_start', 'span_end', 'indicator']).where('document_id', '=', documentId).execute(),
    db.selectFrom('tasks').select(['id', 'span_start', 'span_end']).where('document_id', '=', documentId).execute(),
  ]);
  return [
    ...t.map((r) => ({ kind: 'target' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...o.map((r) => ({ kind: 'observation' as const, id: r.id, span: span(r), indicator: r.indicator })),
    ...k.map((r) => ({ kind: 'task' as const, id: r.id, span: span(r) })),
  ];
}

export function intakeRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/read',
      tags,
      description: 'The text of an uploaded .txt, .html or .docx file (multipart field `file`); the format is sniffed from the content.',
      responses: { 200: json(z.any()), ...errorResponses },
    }),
    async (c) => {
      authorize(mayManage(principal(c)));
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) throw new AppError('unsupported', 'file: send the file as multipart/form-data, field "file"');
      const form = await c.req.formData();
      const files = form.getAll('file');
      if (files.length !== 1 || typeof files[0] === 'string') throw invalid('file: exactly one file, in the field "file"');
      const file = files[0] as File;
      if (file.size > MAX_UPLOAD_BYTES) throw new AppError('too_large', `file: larger than ${MAX_UPLOAD_BYTES} bytes`);
      const r = await documentText(new Uint8Array(await file.arrayBuffer()));
      return c.json({ ...r, name: file.name.slice(0, 300), length: r.text.length }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/documents/{id}/proposals', tags, request: { params: IdParam }, responses: { 200: json(z.any()), ...errorResponses } }),
    async (c) => {
      authorize(mayManage(principal(c)));
      const db = c.var.ctx.db;
      const doc = await getDocument(db, c.req.valid('param').id);
      const lexicon = defaultLexicon();
      const indicators = new Map<string, IndicatorInfo>(lexicon.keys.map((k) => [k.key, { unit: k.unit, measure: k.measure }]));
      const x = extract(doc.text, { documentDate: doc.issuedOn }, lexicon);
      const proposals = buildProposals(doc, x, { units: await listUnits(db), indicators, registered: await registered(db, doc.id) });
      return c.json({ document: { id: doc.id, title: doc.title, issuedOn: doc.issuedOn, date: x.document.date }, proposals }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/documents/{id}/accept', tags, request: { params: IdParam, ...jsonBody(Accept) }, responses: { 201: json(z.any(), 'Created'), ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      authorize(mayManage(p));
      const db = c.var.ctx.db;
      const doc = await getDocument(db, c.req.valid('param').id);
      const body = c.req.valid('json');
      const all = [...body.observations, ...body.targets, ...body.tasks];
      if (all.length === 0) throw invalid('accept: nothing to register');
      for (const item of all) {
        if (item.source.documentId !== doc.id) throw invalid('source.documentId: every accepted item must come from this document');
        await checkSource(db, item.source);
      }
      const created = await tx(db, async (trx) => {
        const observations = [];
        for (const o of body.observations) {
          if (o.unitId) await getUnit(trx, o.unitId);
          observations.push((await createObservation(trx, { ...o, enteredBy: p.id }, p.id)).id);
        }
        const targets = [];
        for (const t of body.targets) {
          if (t.ownerUnitId) await getUnit(trx, t.ownerUnitId);
          targets.push((await createTarget(trx, t, p.id)).id);
        }
        const tasks = [];
        for (const t of body.tasks) {
          for (const u of [t.leadUnitId, ...t.coUnitIds]) if (u) await getUnit(trx, u);
          for (const id of t.targetIds) await getTarget(trx, id);
          if (t.parentId) await getTask(trx, t.parentId);
          tasks.push((await createTask(trx, t, p.id)).id);
        }
        return { observations, targets, tasks };
      });
      return c.json({ created }, 201);
    },
  );
  return app;
}
