// The review report's data from the demo workspace: counts that add up, figures of the right period.
import { writeTransaction } from '../src/db/tx.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from './support/db.ts';
import { importWorkspace } from '../src/db/workspace.ts';
import { readDemoWorkspace } from '../src/cli/demo.ts';
import { reviewReportData } from '../src/server/services/review.ts';
import type { DbHandle } from '../src/db/connection.ts';
import { addReport, createTask } from '../src/db/tasks.ts';
import { createUnit } from '../src/db/units.ts';

let h: DbHandle;
beforeAll(async () => {
  h = await freshDb();
  await writeTransaction(h.db, (trx) => importWorkspace(trx, readDemoWorkspace(), 'test'));
});
afterAll(async () => h?.close());

describe('reviewReportData', () => {
  it('reports a quarter of the demo workspace', async () => {
    const d = await reviewReportData(h.db, { period: '2025-Q3', today: '2025-10-05' });
    expect(d.period).toEqual({ code: '2025-Q3', label: 'quý III/2025' });
    expect(d.nextPeriod.code).toBe('2025-Q4');
    expect(d.issuer.kind).toBe('party');
    expect(d.place).toBe('Hải Phòng');
    expect(d.targets.total).toBe(d.targets.rows.length);
    expect(d.targets.headline).toBe(`${d.targets.achieved}/${d.targets.assessed} chỉ tiêu đạt`);
    const s = d.tasks.summary;
    expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(d.tasks.byUnit.reduce((a, u) => a + u.total, 0)).toBe(s.total);
    expect(d.tasks.overdue.length).toBe(s.counts.in_progress_overdue);
    for (const t of d.tasks.overdue) expect(t.daysOverdue).toBeGreaterThan(0);
    for (const t of d.nextTasks) expect(t.deadline! >= '2025-10-01' && t.deadline! <= '2025-12-31').toBe(true);
  });

  it('takes the figure of exactly the period, and the same period a year before', async () => {
    const d = await reviewReportData(h.db, { period: '2025-H1' });
    const grdp = d.targets.rows.find((r) => r.label.includes('GRDP') && r.targetText.includes('12,35'));
    expect(grdp?.periodValue).toBe(11.28);
  });

  it('refuses a period that is not one', async () => {
    await expect(reviewReportData(h.db, { period: '2025-Q5' })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('a past period keeps its account', () => {
  it('the review of quý I/2025 is the same before and after an extension decided in May', async () => {
    const unit = await writeTransaction(h.db, (trx) => createUnit(trx, { code: 'SOXD-Q1', name: 'Sở Xây dựng (thử quý I)', kind: 'so_nganh', parentId: null }, null));
    const task = await writeTransaction(h.db, (trx) => createTask(trx, {
      title: 'Trình phương án nhà ở xã hội', leadUnitId: unit.id, coUnitIds: [], personInCharge: null, authority: null, product: null,
      assignedOn: '2025-01-06', deadline: '2025-02-28', latest: null, recurring: false, parentId: null, targetIds: [],
      source: { documentId: null, span: null, quote: null }, visibility: 'internal',
    }, null));
    const review = () => reviewReportData(h.db, { period: '2025-Q1', unitId: unit.id, today: '2025-06-01' });
    const before = await review();
    expect(before.tasks.overdue.map((r) => [r.title, r.deadline, r.daysOverdue])).toEqual([[task.title, '2025-02-28', 31]]);
    await writeTransaction(h.db, (trx) => addReport(trx, task.id, { kind: 'extension_decision', reportedOn: '2025-05-01', progress: null, text: '', newDeadline: '2025-06-30', approved: true, authorId: null }, null));
    expect(await review()).toEqual(before);
    // A completion after the quarter does not make it done in the quarter either.
    await writeTransaction(h.db, (trx) => addReport(trx, task.id, { kind: 'complete', reportedOn: '2025-05-20', progress: 100, text: '', newDeadline: null, approved: null, authorId: null }, null));
    expect(await review()).toEqual(before);
  });
});
