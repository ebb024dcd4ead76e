// Kỳ báo cáo: the secretariat opens a period; a unit saves its draft (in the web or from its Excel
// sheet), submits it; the secretariat accepts (the figures and progress are written and locked),
// returns it with a reason, or reopens it.
import { z } from 'zod';
import { addReminders, decide, dueItems, getPeriod, lastReminders, openPeriod as insertPeriod, saveDraft as writeDraft, type Submission } from '../db/reporting.ts';
import { unitsBehind } from '../queries/reminders.ts';
import { getUnit, listUnits } from '../db/units.ts';
import { officersWithEmail, queueMails, type OutgoingMail } from '../db/mail.ts';
import { reminderMail } from '../domain/reminder-mail.ts';
import { invalid, notFound } from '../domain/errors.ts';
import { authorize, mayManage, mayReadUnitReport, mayWriteUnitReport } from '../domain/policy.ts';
import { defineCommand, type CommandContext } from './command.ts';
import { Day, Id, PeriodCode, Reason } from './fields.ts';
import { FigureLine, TaskLine } from '../domain/reporting-lines.ts';

export const PeriodOpen = z
  .object({ period: PeriodCode, dueOn: Day, title: z.string().trim().min(1).max(300) })
  .strict()
  .meta({ id: 'ReportingPeriodOpen' });

/** The lines are the sheet's too (domain/reporting-lines.ts): one definition, two doors. */
export const Draft = z
  .object({
    figures: z.array(FigureLine).max(2000).default([]),
    tasks: z.array(TaskLine).max(5000).default([]),
  })
  .strict()
  .meta({ id: 'SubmissionDraft' });

const LineComment = z
  .object({ line: z.enum(['figure', 'task']), id: Id, comment: z.string().trim().min(1).max(2000) })
  .strict();

/** The reason for the whole report, and the secretariat's comments line by line (figure or task). */
export const ReturnReason = z.object({ reason: Reason, comments: z.array(LineComment).max(5000).default([]) }).strict().meta({ id: 'ReturnReason' });

const Where = { periodId: Id, unitId: Id };

/** The unit whose report it is, or 404 when it lies outside the actor's units (no existence leak). */
async function reportOf(ctx: CommandContext, periodId: string, unitId: string) {
  const unit = await getUnit(ctx.trx, unitId);
  if (!mayReadUnitReport(ctx.actor, unit.id)) throw notFound('unit', unitId);
  return { unit, period: await getPeriod(ctx.trx, periodId) };
}

export const openReportingPeriod = defineCommand({
  name: 'openReportingPeriod',
  input: PeriodOpen,
  async run(ctx, input) {
    authorize(mayManage(ctx.actor));
    return insertPeriod(ctx.trx, input, ctx.actor.id);
  },
});

export const saveSubmissionDraft = defineCommand({
  name: 'saveSubmissionDraft',
  input: Draft.extend(Where),
  async run(ctx, { periodId, unitId, ...lines }): Promise<Submission> {
    const { unit, period } = await reportOf(ctx, periodId, unitId);
    authorize(mayWriteUnitReport(ctx.actor, unit.id));
    lines.tasks.forEach((t, i) => {
      if (t.completedOn && t.completedOn > ctx.today) throw invalid({ vi: `nhiệm vụ dòng ${i + 1}, ngày hoàn thành: sau hôm nay (${ctx.today})`, en: `tasks.${i}.completedOn: after today (${ctx.today})` }, { row: i });
    });
    return writeDraft(ctx.trx, period, unit.id, lines, ctx.actor.id);
  },
});

const decision = (action: 'submit' | 'accept' | 'reopen') =>
  defineCommand({
    name: `${action}Submission`,
    input: z.object(Where).strict(),
    async run(ctx, { periodId, unitId }): Promise<Submission> {
      const { unit, period } = await reportOf(ctx, periodId, unitId);
      authorize(action === 'submit' ? mayWriteUnitReport(ctx.actor, unit.id) : mayManage(ctx.actor));
      return decide(ctx.trx, period, unit.id, action, { actor: ctx.actor.id, today: ctx.today });
    },
  });

export const submitSubmission = decision('submit');
export const acceptSubmission = decision('accept');
export const reopenSubmission = decision('reopen');

export const returnSubmission = defineCommand({
  name: 'returnSubmission',
  input: ReturnReason.extend(Where),
  async run(ctx, { periodId, unitId, reason, comments }): Promise<Submission> {
    const { unit, period } = await reportOf(ctx, periodId, unitId);
    authorize(mayManage(ctx.actor));
    // A comment speaks of a line the unit reports on this period: one of its targets or tasks.
    const due = await dueItems(ctx.trx, period, unit.id);
    const lines = new Set([...due.targets.map((t) => `figure:${t.id}`), ...due.tasks.map((t) => `task:${t.id}`)]);
    comments.forEach((c, i) => {
      if (!lines.has(`${c.line}:${c.id}`)) throw invalid({ vi: `nhận xét thứ ${i + 1}: dòng này không thuộc báo cáo của đơn vị trong kỳ`, en: `comments.${i}.id: not a line of this report` }, { row: i });
    });
    return decide(ctx.trx, period, unit.id, 'return', { actor: ctx.actor.id, today: ctx.today, reason, comments });
  },
});

/**
 * Đôn đốc: reminds the units whose report for the period is still missing or not submitted, as of
 * today (all of them, or those named); a unit already reminded today is not reminded twice.
 */
export const RemindBody = z
  .object({ unitIds: z.array(Id).max(5000).optional(), note: z.string().trim().max(2000).default('') })
  .strict()
  .meta({ id: 'Remind' });

export const remindUnits = defineCommand({
  name: 'remindUnits',
  input: RemindBody.extend({
    periodId: Id,
    // Set by the server, not the caller: whether it sends mail (SMTP configured), and its public address for the link.
    email: z.boolean().default(false),
    appUrl: z.string().url().nullable().default(null),
  }),
  async run(ctx, { periodId, unitIds, note, email, appUrl }): Promise<{ reminded: string[]; mailed: number }> {
    authorize(mayManage(ctx.actor));
    const period = await getPeriod(ctx.trx, periodId);
    const already = await lastReminders(ctx.trx, period.id);
    const wanted = unitIds ? new Set(unitIds) : null;
    const due = (await unitsBehind(ctx.trx, period, ctx.today)).filter((u) => (!wanted || wanted.has(u)) && already.get(u)?.on !== ctx.today);
    await addReminders(ctx.trx, period.id, due, ctx.today, note, ctx.actor.id);
    // The e-mails are decided here, in the reminder's transaction, and sent after it by the mailer.
    const mails: OutgoingMail[] = [];
    if (email) {
      const names = new Map((await listUnits(ctx.trx)).map((u) => [u.id, u.name]));
      for (const o of await officersWithEmail(ctx.trx, due)) {
        const link = appUrl ? `${appUrl.replace(/\/+$/u, '')}/ky-bao-cao/${encodeURIComponent(period.id)}/don-vi/${encodeURIComponent(o.unitId)}` : null;
        const m = reminderMail({ unitName: names.get(o.unitId) ?? o.unitId, personName: o.name, periodTitle: period.title, dueOn: period.dueOn, today: ctx.today, note, link });
        mails.push({ kind: 'reminder', recipient: o.email, userId: o.id, ...m });
      }
    }
    const mailed = await queueMails(ctx.trx, mails, ctx.actor.id);
    return { reminded: due, mailed };
  },
});
