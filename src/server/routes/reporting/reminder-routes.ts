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
import { reminderLetterFrame } from '../../services/reminder-letter.ts';
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
      if (behind.size === 0) throw conflict({ vi: 'kỳ: mọi đơn vị đã gửi báo cáo kỳ này, không cần đôn đốc', en: 'period: every unit has sent its report; no unit is behind' });
      const units = await listUnits(db);
      // The Word writer (docx, a third of a second of import) loads with the first letter, not at start.
      const { writeReminderLetter } = await import('../../../reports/reminder-docx.ts');
      const bytes = await writeReminderLetter({
        ...reminderLetterFrame(units, today), periodTitle: period.title, dueOn: period.dueOn,
        units: units.filter((u) => behind.has(u.id)).map((u) => u.name).sort((a, b) => a.localeCompare(b, 'vi')),
      });
      return c.body(new Uint8Array(bytes), 200, { 'content-type': DOCX, 'content-disposition': attachment(`cong-van-don-doc-${period.period}.docx`) });
    },
  );
  return app;
}
