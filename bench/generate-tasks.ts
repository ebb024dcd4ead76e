// Tasks and their reports for the benchmark workspace, with the stored state each task's reports
// lead to, folded by the domain's deriveTaskState exactly as src/db/tasks.ts refreshState does.
import type { Insertable } from 'kysely';
import { addDays, daysBetween } from '../src/domain/calendar.ts';
import { searchKey } from '../src/domain/search.ts';
import type { ReportKind, Task, TaskReport } from '../src/domain/task.ts';
import { deriveTaskState } from '../src/domain/task-status.ts';
import type { TaskReportsTable, TasksTable } from '../src/db/schema.ts';
import { AUTHORITIES, PRODUCTS, person, taskTitle, type Rng } from './names.ts';

/** refreshState folds every report: the end of time. */
const ALL_REPORTS = '9999-12-31';
/** Same-day reports keep the order they were entered in (created_at); this is that order. */
const RANK: Record<ReportKind, number> = { progress: 0, extension_request: 1, extension_decision: 2, pause: 3, resume: 3, complete: 4, accept: 5, return: 6, part: 0, direction: 0, comment: 0 };

export interface UnitPools {
  so: string[];
  soChildren: string[];
  xa: string[];
  villages: string[];
  ban: string[];
  dangBo: string[];
  matTran: string[];
}

export interface TaskBatch {
  task: Insertable<TasksTable>;
  coUnitIds: string[];
  targetIds: string[];
  reports: Insertable<TaskReportsTable>[];
}

const between = (r: Rng, from: string, to: string): string => addDays(from, r.int(0, Math.max(0, daysBetween(from, to))));

function leadUnit(r: Rng, p: UnitPools): string | null {
  const u = r.next();
  if (u < 0.35) return r.chance(0.15) ? r.pick(p.soChildren) : r.pick(p.so);
  if (u < 0.75) return r.chance(0.1) ? r.pick(p.villages) : r.pick(p.xa);
  if (u < 0.85) return r.pick(p.ban);
  if (u < 0.91) return r.pick(p.dangBo);
  if (u < 0.97) return r.pick(p.matTran);
  return null; // chưa giao đơn vị
}

interface Event { date: string; kind: ReportKind; progress: number | null; newDeadline: string | null; approved: boolean | null; text: string }

/**
 * One task: deadlines spread around `today` (a sixth within two weeks of it, most in the past
 * two years or the next eighteen months), some standing tasks, some done on time or late, some
 * extended, returned or paused, and 1–19 reports (10 on average).
 */
export function makeTask(r: Rng, n: number, today: string, pools: UnitPools, documentIds: string[], targetIds: string[]): TaskBatch {
  const id = `t${String(n).padStart(6, '0')}`;
  const recurring = r.chance(0.06);
  let deadline: string | null = null;
  let assignedOn: string;
  if (recurring) assignedOn = addDays(today, -r.int(30, 900));
  else {
    const u = r.next();
    deadline = addDays(today, u < 0.16 ? r.int(-14, 14) : u < 0.6 ? -r.int(15, 720) : r.int(15, 540));
    assignedOn = addDays(deadline, -r.int(20, 365));
    if (assignedOn >= today) assignedOn = addDays(today, -r.int(1, 30));
  }
  const latest = deadline && r.chance(0.1) ? addDays(deadline, r.int(10, 60)) : null;
  const lead = leadUnit(r, pools);
  const co = new Set<string>();
  if (r.chance(0.3)) for (let k = r.int(1, 3); k > 0; k--) co.add(r.chance(0.6) ? r.pick(pools.so) : r.chance(0.5) ? r.pick(pools.ban) : r.pick(pools.xa));
  if (lead) co.delete(lead);
  const title = taskTitle(r);
  const product = r.pick(PRODUCTS);
  const personInCharge = r.chance(0.8) ? person(r) : null;
  const task: Task = {
    id, title, leadUnitId: lead, coUnitIds: [...co], personInCharge, authority: r.pick(AUTHORITIES), product,
    assignedOn, deadline, latest, recurring, parentId: null,
    targetIds: r.chance(0.15) && targetIds.length ? [r.pick(targetIds)] : [],
    source: { documentId: r.chance(0.7) && documentIds.length ? r.pick(documentIds) : null, span: null, quote: null },
    visibility: 'internal',
    version: 1,
  };

  // The events that change the state, then progress reports up to the report count.
  const events: Event[] = [];
  const ev = (date: string, kind: ReportKind, progress: number | null, text: string, extra: Partial<Event> = {}) =>
    events.push({ date, kind, progress, text, newDeadline: null, approved: kind === 'complete' ? true : null, ...extra });
  const past = deadline !== null && deadline < today;
  let doneOn: string | null = null;
  if (recurring ? r.chance(0.1) : r.chance(past ? 0.6 : 0.25)) {
    const late = past && r.chance(0.3);
    doneOn = late ? between(r, addDays(deadline!, 1), today) : between(r, addDays(assignedOn, 1), deadline && deadline < today ? deadline : today);
  }
  if (deadline && r.chance(0.1)) {
    const asked = between(r, addDays(assignedOn, 1), doneOn ?? (deadline < today ? deadline : today));
    const decided = addDays(asked, r.int(1, 10));
    if (decided <= (doneOn ?? today)) {
      ev(asked, 'extension_request', null, 'Đề nghị gia hạn do vướng mắc giải phóng mặt bằng', { newDeadline: addDays(deadline, 90) });
      const approved = r.chance(0.8);
      ev(decided, 'extension_decision', null, approved ? 'Đồng ý gia hạn' : 'Không đồng ý gia hạn', { approved, newDeadline: approved ? addDays(deadline, r.int(30, 180)) : null });
    }
  }
  if (doneOn) {
    if (r.chance(0.05) && daysBetween(assignedOn, doneOn) > 4) {
      const first = between(r, addDays(assignedOn, 1), addDays(doneOn, -3));
      ev(first, 'complete', null, 'Báo cáo hoàn thành');
      ev(addDays(first, 1), 'return', 70, 'Trả lại: sản phẩm chưa đạt yêu cầu');
    }
    ev(doneOn, 'complete', null, 'Báo cáo hoàn thành nhiệm vụ');
  } else if (r.chance(0.08)) {
    ev(between(r, addDays(assignedOn, 1), today), 'pause', null, 'Tạm dừng theo chỉ đạo của Thường trực');
  }
  const lastDay = doneOn ?? today;
  const span = Math.max(1, daysBetween(assignedOn, lastDay));
  for (let k = r.int(1, 19) - events.length; k > 0; k--) {
    const date = between(r, assignedOn, lastDay);
    const pct = Math.min(95, Math.round((90 * daysBetween(assignedOn, date)) / span) + r.int(0, 5));
    ev(date, 'progress', pct, `Báo cáo tiến độ: đã thực hiện khoảng ${pct}% khối lượng công việc`);
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : RANK[a.kind] - RANK[b.kind]));

  const reports: TaskReport[] = events.map((e, i) => ({
    id: `${id}r${String(i).padStart(2, '0')}`, taskId: id, kind: e.kind, reportedOn: e.date, progress: e.progress,
    text: e.text, newDeadline: e.newDeadline, approved: e.approved, authorId: null,
  }));
  const s = deriveTaskState(task, reports, ALL_REPORTS);
  return {
    task: {
      id, title, lead_unit_id: lead, person_in_charge: personInCharge, authority: task.authority, product,
      assigned_on: assignedOn, deadline, latest, recurring, parent_id: null,
      document_id: task.source.documentId, span_start: null, span_end: null, quote: null,
      search_text: searchKey(`${title} ${product ?? ''} ${personInCharge ?? ''}`),
      state_completed_on: s.completedOn, state_deadline: s.deadline, state_paused: s.paused, state_progress: s.progress ?? 0,
      created_at: `${assignedOn} 08:00:00+07`, updated_at: `${lastDay} 17:00:00+07`,
    },
    coUnitIds: task.coUnitIds,
    targetIds: task.targetIds,
    // created_at follows the fold's order, so listReports (by reported_on, created_at) folds the same way.
    reports: reports.map((x, i) => ({
      id: x.id, task_id: id, kind: x.kind, reported_on: x.reportedOn, progress: x.progress, body: x.text,
      new_deadline: x.newDeadline, approved: x.approved, author_id: null,
      created_at: `${x.reportedOn} 08:00:${String(i).padStart(2, '0')}+07`,
    })),
  };
}
