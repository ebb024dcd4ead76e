// Báo cáo nhiệm vụ: progress, completion and its acceptance or return, extensions asked and decided,
// pauses. Dates tell the truth: a unit reports on the day it reports; the secretariat may record an
// earlier day (a paper report received), never before the task was given or its last report, never
// after today. A unit's completion waits for the assigning side.
import { z } from 'zod';
import { addReport, getTask, listReports, lockedTask } from '../db/tasks.ts';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import { RULES } from '../domain/input-error.ts';
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
    link: z.string().trim().max(2000).regex(/^https?:\/\/\S+$/u, RULES.webAddress.en).nullable().default(null),
  })
  .strict()
  .meta({ id: 'ReportCreate' });

function checkDay(day: string, today: string, assignedOn: string, last: TaskReport | undefined, mayBackdate: boolean) {
  if (day > today) throw invalid({ vi: `ngày báo cáo: ${day} sau hôm nay (${today})`, en: `reportedOn: ${day} is after today (${today})` }, { field: 'reportedOn', today });
  if (!mayBackdate && day !== today) throw invalid({ vi: `ngày báo cáo: đơn vị báo cáo vào chính ngày báo cáo (${today}); chỉ Văn phòng ghi ngày sớm hơn`, en: `reportedOn: a unit reports on the day it reports (${today}); only the secretariat records an earlier day` }, { field: 'reportedOn', today });
  if (day < assignedOn) throw invalid({ vi: 'ngày báo cáo: trước ngày giao nhiệm vụ', en: 'reportedOn: before the day the task was assigned' }, { field: 'reportedOn', assignedOn });
  if (last && day < last.reportedOn) throw invalid({ vi: `ngày báo cáo: trước lần báo cáo gần nhất (${last.reportedOn})`, en: `reportedOn: before the task's last report (${last.reportedOn})` }, { field: 'reportedOn', last: last.reportedOn });
}

export const reportOnTask = defineCommand({
  name: 'reportOnTask',
  input: ReportCreate.extend({ taskId: Id }),
  async run(ctx, { taskId, ...input }) {
    const read = await getTask(ctx.trx, taskId);
    if (!mayReadTask(ctx.actor, read)) throw notFound('task', taskId);
    authorize(mayReportOnTask(ctx.actor, read, input.kind));
    // One report at a time per task, from here to the commit; the task as it is under the lock (an
    // edit may have landed since the first read), read again only if its version moved.
    const task = await lockedTask(ctx.trx, read);
    const reports = await listReports(ctx.trx, taskId);
    const manager = mayManage(ctx.actor);
    const day = input.reportedOn ?? ctx.today;
    checkDay(day, ctx.today, task.assignedOn, reports.at(-1), manager);
    const state = deriveTaskState(task, reports, day);
    let { approved, newDeadline, unitId } = input;

    switch (input.kind) {
      case 'complete':
        if (state.completedOn) throw conflict({ vi: 'loại: nhiệm vụ đã hoàn thành', en: 'kind: the task is already done' }, { completedOn: state.completedOn });
        if (state.awaitingAcceptanceSince) throw conflict({ vi: 'loại: đã có báo cáo hoàn thành đang chờ nghiệm thu', en: 'kind: a completion is already waiting to be accepted' }, { since: state.awaitingAcceptanceSince });
        // The assigning side's own record counts at once; a unit's waits for acceptance.
        approved = manager ? true : null;
        break;
      case 'accept':
        if (!state.awaitingAcceptanceSince) throw conflict({ vi: 'loại: không có báo cáo hoàn thành nào chờ nghiệm thu', en: 'kind: no completion is waiting to be accepted' });
        break;
      case 'return':
        if (!state.completedOn && !state.awaitingAcceptanceSince) throw conflict({ vi: 'loại: chỉ trả lại được nhiệm vụ đã báo cáo hoàn thành', en: 'kind: only a completed task can be returned' });
        if (!input.text.trim()) throw invalid({ vi: 'nội dung: hãy ghi vì sao trả lại kết quả', en: 'text: say why the result is returned' }, { field: 'text' });
        break;
      case 'extension_request':
        if (state.completedOn) throw conflict({ vi: 'loại: nhiệm vụ đã hoàn thành', en: 'kind: the task is already done' });
        if (!newDeadline) throw invalid({ vi: 'thời hạn mới: gia hạn cần thời hạn mới', en: 'newDeadline: an extension needs the new deadline' }, { field: 'newDeadline' });
        if (state.deadline && newDeadline <= state.deadline) throw invalid({ vi: `thời hạn mới: thời hạn mới phải sau thời hạn hiện hành (${state.deadline})`, en: `newDeadline: not after the deadline in force (${state.deadline})` }, { field: 'newDeadline' });
        break;
      case 'extension_decision': {
        const request = pendingExtensionRequest(reports);
        if (!request) throw conflict({ vi: 'loại: đơn vị chưa xin gia hạn, hoặc đề nghị đã được quyết định', en: 'kind: no extension was requested by the unit, or it was already decided' });
        if (approved === null) throw invalid({ vi: 'quyết định: hãy chọn đồng ý hay không đồng ý gia hạn', en: 'approved: say whether the extension is approved' }, { field: 'approved' });
        if (approved) {
          newDeadline ??= request.newDeadline;
          if (!newDeadline) throw invalid({ vi: 'thời hạn mới: gia hạn cần thời hạn mới', en: 'newDeadline: an extension needs the new deadline' }, { field: 'newDeadline' });
          if (newDeadline < task.assignedOn) throw invalid({ vi: 'thời hạn mới: trước ngày giao nhiệm vụ', en: 'newDeadline: before the day the task was assigned' }, { field: 'newDeadline' });
        } else newDeadline = null;
        break;
      }
      case 'pause':
        if (state.paused) throw conflict({ vi: 'loại: nhiệm vụ đang tạm dừng rồi', en: 'kind: the task is already paused' });
        break;
      case 'resume':
        if (!state.paused) throw conflict({ vi: 'loại: nhiệm vụ không tạm dừng', en: 'kind: the task is not paused' });
        break;
      case 'progress':
        break;
      case 'part':
        if (state.completedOn) throw conflict({ vi: 'loại: nhiệm vụ đã hoàn thành, không báo cáo thêm phần việc', en: 'kind: the task is already done; no part is reported any more' });
        unitId ??= coUnitInScope(ctx.actor, task);
        if (!unitId || !task.coUnitIds.includes(unitId)) throw invalid({ vi: 'đơn vị: chọn đơn vị phối hợp của nhiệm vụ này', en: 'unitId: not a co-unit of the task' }, { field: 'unitId' });
        if (!manager && !coUnitInScope(ctx.actor, { coUnitIds: [unitId] })) throw invalid({ vi: 'đơn vị: đơn vị này không thuộc phạm vi của bạn', en: 'unitId: outside your units' }, { field: 'unitId' });
        if (!input.text.trim() && input.progress === null) throw invalid({ vi: 'nội dung: nêu phần việc đã làm hoặc tiến độ', en: 'text: say what was done, or the progress' }, { field: 'text' });
        break;
      case 'direction':
      case 'comment':
        if (!input.text.trim()) throw invalid({ vi: 'nội dung: không được để trống', en: 'text: write the text' }, { field: 'text' });
        break;
    }
    if (input.kind !== 'part') unitId = null;
    if (input.kind !== 'extension_request' && input.kind !== 'extension_decision') newDeadline = null;
    if (input.kind !== 'extension_decision' && input.kind !== 'complete') approved = null;
    // A direction or a comment speaks; it does not move the progress, which is the lead's to report.
    const progress = input.kind === 'direction' || input.kind === 'comment' ? null : input.progress;
    return addReport(ctx.trx, taskId, { ...input, progress, unitId, reportedOn: day, approved, newDeadline, authorId: ctx.actor.id }, ctx.actor.id, { task, reports });
  },
});
