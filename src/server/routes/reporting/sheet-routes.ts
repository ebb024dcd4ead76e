// The Excel round trip of a unit's report: download its sheet, fill it in Excel, upload it back.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { saveSubmissionDraft } from '../../../commands/reporting.ts';
import { mayWriteUnitReport } from '../../../domain/policy.ts';
import { uploadedFiles } from '../../upload.ts';
import { dueItems, findSubmission, getPeriod } from '../../../db/reporting.ts';
import { writeReportingSheet } from '../../../sheets/reporting-sheet.ts';
import { runJob } from '../../../workers/pool.ts';
import { targetText, unitVi } from '../../../domain/target-text.ts';
import type { Target } from '../../../domain/target.ts';
import { periodLabel } from '../../presenters/target.ts';
import { MAX_UPLOAD_BYTES } from '../intake/intake.ts';
import { UnitParams, readableUnit } from './schema.ts';
import { attachment } from '../../download.ts';
import { presentSubmission } from '../../presenters/reporting.ts';
import { Submission } from '../../../contract/reporting.ts';

const tags = ['Kỳ báo cáo (reporting)'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sheetRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({ method: 'get', path: '/{id}/units/{unitId}/sheet', tags, request: { params: UnitParams }, responses: { 200: { description: 'The unit\'s reporting sheet (.xlsx)' }, ...errorResponses } }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const { id, unitId } = c.req.valid('param');
      const unit = await readableUnit(db, p, unitId);
      const period = await getPeriod(db, id);
      const due = await dueItems(db, period, unit.id);
      const s = await findSubmission(db, period.id, unit.id);
      const buf = await writeReportingSheet({
        periodId: period.id, periodLabel: periodLabel(period.period), unitId: unit.id, unitName: unit.name,
        targets: due.targets.map((t) => ({ id: t.id, label: t.label, unit: unitVi(t.unit), targetText: targetText({ ...t, comparator: t.comparator as Target['comparator'] }) })),
        tasks: due.tasks.map((t) => ({ id: t.id, title: t.title, deadline: t.state_deadline })),
        figures: s?.figures ?? [],
        progress: s?.tasks ?? [],
      });
      return c.body(new Uint8Array(buf), 200, { 'content-type': XLSX, 'content-disposition': attachment(`bao-cao-${period.period}-${unit.code}.xlsx`) });
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/{id}/units/{unitId}/sheet', tags,
      description: 'Upload the filled sheet (multipart field `file`). Any error in any row refuses the whole file and changes nothing.',
      request: { params: UnitParams }, responses: { 200: json(Submission), ...errorResponses },
    }),
    async (c) => {
      const p = principal(c);
      const db = c.var.ctx.db;
      const { id, unitId } = c.req.valid('param');
      const unit = await readableUnit(db, p, unitId);
      authorize(mayWriteUnitReport(p, unit.id));
      const [file] = (await uploadedFiles(c, { max: 1, maxBytes: MAX_UPLOAD_BYTES })) as [File];
      const period = await getPeriod(db, id);
      const due = await dueItems(db, period, unit.id);
      // Read in a worker (memory ceiling, time budget, one file at a time per user): see workers/pool.ts.
      const lines = await runJob('reportingSheet', {
        bytes: new Uint8Array(await file.arrayBuffer()),
        expect: { periodId: period.id, unitId: unit.id, targetIds: new Set(due.targets.map((t) => t.id)), taskIds: new Set(due.tasks.map((t) => t.id)) },
      }, { owner: p.id });
      // The sheet's lines go through the same command as the web's draft: same checks, same audit.
      return c.json(presentSubmission(await run(c, saveSubmissionDraft, { ...lines, periodId: period.id, unitId: unit.id })), 200);
    },
  );
  return app;
}
