// Báo cáo nhiệm vụ: progress, completion and its acceptance or return, extensions asked and decided,
// pauses. Dates tell the truth: a unit reports on the day it reports; the secretariat may record an
// earlier day (a paper report received), never before the task was given or its last report, never
// after today. A unit's completion waits for the assigning side.
import { z } from 'zod';
import { addReport, getTask, listReports, lockTask } from '../db/tasks.ts';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import { authorize, coUnitInScope, mayManage, mayReadTask, mayReportOnTask } from '../domain/policy.ts';
import { REPORT_KINDS, pendingExtensionRequest, type TaskReport } from '../domain/task.ts';
import { deriveTaskState } from '../domain/task-status.ts';
import { defineCommand } from './command.ts';
import { Day, Id } from './fields.ts';

export const ReportCreate = z
  .object({
    kind: z.enum(REPORT_KINDS),
    /** The day the report speaks for; today when left out. */
    reportedOn: Day.optional(),
    progress: z.number().int().min(0).max(100).nullable().default(null),
    text: z.string().max(20_000).default(''),
    newDeadline: Day.nullable().default(null),
    approved: z.boolean().nullable().default(null),
    /** A co-unit's part: the co-unit reporting (an officer's own is found when left out). */
    unitId: Id.nullable().default(null),
    /** The product or evidence as a link; only http and https, so that it never runs script. */
    link: z.string().trim().max(2000).regex(/^https?:\/\/\S+$/u, 'link: cần một đường dẫn bắt đầu bằng http:// hoặc https:// (a web address)').nullable().default(null),
  })
  .strict()
  .meta({ id: 'ReportCreate' });

function checkDay(day: string, today: string, assignedOn: string, last: TaskReport | undefined, mayBackdate: boolean) {
  if (day > today) throw invalid(`reportedOn: ngày ${day} sau hôm nay (${today}) (after today)`, { field: 'reportedOn', today });
  if (!mayBackdate && day !== today) throw invalid(`reportedOn: đơn vị báo cáo đúng ngày gửi (${today}); chỉ Văn phòng ghi ngày trước đó (only the secretariat records an earlier day)`, { field: 'reportedOn', today });
  if (day < assignedOn) throw invalid('reportedOn: trước ngày giao nhiệm vụ (before the day the task was assigned)', { field: 'reportedOn', assignedOn });
  if (last && day < last.reportedOn) throw invalid(`reportedOn: trước báo cáo gần nhất của nhiệm vụ (${last.reportedOn}) (before the last report)`, { field: 'reportedOn', last: last.reportedOn });
}

export const reportOnTask = defineCommand({
  name: 'reportOnTask',
  input: ReportCreate.extend({ taskId: Id }),
  async run(ctx, { taskId, ...input }) {
    const task = await getTask(ctx.trx, taskId);
    if (!mayReadTask(ctx.actor, task)) throw notFound('task', taskId);
    authorize(mayReportOnTask(ctx.actor, task, input.kind));
    // One report at a time per task, from here to the commit.
    await lockTask(ctx.trx, taskId);
    const reports = await listReports(ctx.trx, taskId);
    const manager = mayManage(ctx.actor);
    const day = input.reportedOn ?? ctx.today;
    checkDay(day, ctx.today, task.assignedOn, reports.at(-1), manager);
    const state = deriveTaskState(task, reports, day);
    let { approved, newDeadline, unitId } = input;

    switch (input.kind) {
      case 'complete':
        if (state.completedOn) throw conflict('kind: nhiệm vụ đã hoàn thành (the task is already done)', { completedOn: state.completedOn });
        if (state.awaitingAcceptanceSince) throw conflict('kind: đã có báo cáo hoàn thành đang chờ nghiệm thu (a completion is already waiting)', { since: state.awaitingAcceptanceSince });
        // The assigning side's own record counts at once; a unit's waits for acceptance.
        approved = manager ? true : null;
        break;
      case 'accept':
        if (!state.awaitingAcceptanceSince) throw conflict('kind: không có báo cáo hoàn thành nào chờ nghiệm thu (no completion is waiting)');
        break;
      case 'return':
        if (!state.completedOn && !state.awaitingAcceptanceSince) throw conflict('kind: chỉ trả lại được nhiệm vụ đã báo cáo hoàn thành (only a completed task can be returned)');
        if (!input.text.trim()) throw invalid('text: nêu lý do trả lại (say why the result is returned)', { field: 'text' });
        break;
      case 'extension_request':
        if (state.completedOn) throw conflict('kind: nhiệm vụ đã hoàn thành (the task is already done)');
        if (!newDeadline) throw invalid('newDeadline: cần ghi thời hạn mới (an extension needs the new deadline)', { field: 'newDeadline' });
        if (state.deadline && newDeadline <= state.deadline) throw invalid(`newDeadline: thời hạn mới phải sau thời hạn hiện hành ${state.deadline} (not after the deadline in force)`, { field: 'newDeadline' });
        break;
      case 'extension_decision': {
        const request = pendingExtensionRequest(reports);
        if (!request) throw conflict('kind: đơn vị chưa đề nghị gia hạn, hoặc đề nghị đã được quyết định (no pending extension request)');
        if (approved === null) throw invalid('approved: chọn đồng ý hoặc không đồng ý gia hạn (say whether it is approved)', { field: 'approved' });
        if (approved) {
          newDeadline ??= request.newDeadline;
          if (!newDeadline) throw invalid('newDeadline: cần ghi thời hạn mới (an extension needs the new deadline)', { field: 'newDeadline' });
          if (newDeadline < task.assignedOn) throw invalid('newDeadline: trước ngày giao nhiệm vụ (before the day the task was assigned)', { field: 'newDeadline' });
        } else newDeadline = null;
        break;
      }
      case 'pause':
        if (state.paused) throw conflict('kind: nhiệm vụ đang tạm dừng (already paused)');
        break;
      case 'resume':
        if (!state.paused) throw conflict('kind: nhiệm vụ không tạm dừng (not paused)');
        break;
      case 'progress':
        break;
      case 'part':
        if (state.completedOn) throw conflict('kind: nhiệm vụ đã hoàn thành, không báo cáo thêm phần việc (the task is already done)');
        unitId ??= coUnitInScope(ctx.actor, task);
        if (!unitId || !task.coUnitIds.includes(unitId)) throw invalid('unitId: chọn đơn vị phối hợp của nhiệm vụ này (not a co-unit of the task)', { field: 'unitId' });
        if (!manager && !coUnitInScope(ctx.actor, { coUnitIds: [unitId] })) throw invalid('unitId: đơn vị này không thuộc phạm vi của bạn (outside your units)', { field: 'unitId' });
        if (!input.text.trim() && input.progress === null) throw invalid('text: nêu phần việc đã làm hoặc tiến độ (say what was done)', { field: 'text' });
        break;
      case 'direction':
      case 'comment':
        if (!input.text.trim()) throw invalid('text: nội dung không được để trống (write the text)', { field: 'text' });
        break;
    }
    if (input.kind !== 'part') unitId = null;
    if (input.kind !== 'extension_request' && input.kind !== 'extension_decision') newDeadline = null;
    if (input.kind !== 'extension_decision' && input.kind !== 'complete') approved = null;
    // A direction or a comment speaks; it does not move the progress, which is the lead's to report.
    const progress = input.kind === 'direction' || input.kind === 'comment' ? null : input.progress;
    return addReport(ctx.trx, taskId, { ...input, progress, unitId, reportedOn: day, approved, newDeadline, authorId: ctx.actor.id }, ctx.actor.id);
  },
});
