// The reminder letter (công văn đôn đốc) of a period as a Word document: the units still behind today.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { IdParam, errorResponses, validationHook } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { mayManage } from '../../../domain/policy.ts';
import { getPeriod } from '../../../db/reporting.ts';
import { listUnits } from '../../../db/units.ts';
import { unitsBehind } from '../../../queries/reminders.ts';
import { todayInVietnam } from '../../../domain/calendar.ts';
import { issuerOf } from '../../services/review.ts';
import { writeReminderLetter } from '../../../reports/reminder-docx.ts';
import { attachment } from '../../download.ts';
import { conflict } from '../../../domain/errors.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function reminderRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get', path: '/{id}/reminder-letter', tags: ['Kỳ báo cáo (reporting)'], request: { params: IdParam },
      responses: { 200: { description: 'Công văn đôn đốc (.docx) to the units still behind today' }, ...errorResponses },
    }),
    async (c) => {
      authorize(mayManage(principal(c)));
      const db = c.var.ctx.db;
      const period = await getPeriod(db, c.req.valid('param').id);
      const today = todayInVietnam();
      const behind = new Set(await unitsBehind(db, period, today));
      if (behind.size === 0) throw conflict('period: mọi đơn vị đã gửi báo cáo kỳ này, không cần đôn đốc (no unit is behind)');
      const units = await listUnits(db);
      const { issuer, place } = issuerOf(units);
      const party = issuer.kind === 'party';
      const bytes = await writeReminderLetter({
        issuer, place, date: today, number: null, symbolSuffix: party ? 'CV/TU' : 'UBND-VP', periodTitle: period.title, dueOn: period.dueOn,
        units: units.filter((u) => behind.has(u.id)).map((u) => u.name).sort((a, b) => a.localeCompare(b, 'vi')),
        recipients: ['Như trên', 'Thường trực Thành ủy (để báo cáo)', 'Lưu Văn phòng'],
        signer: { role: party ? 'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG' : 'T/L CHỦ TỊCH\nCHÁNH VĂN PHÒNG', name: null },
      });
      return c.body(new Uint8Array(bytes), 200, { 'content-type': DOCX, 'content-disposition': attachment(`cong-van-don-doc-${period.period}.docx`) });
    },
  );
  return app;
}
