// The demo workspace loads, answers the summary, and survives export → import → export unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from './support/db.ts';
import { readDemoWorkspace } from '../src/cli/demo.ts';
import { exportWorkspace } from '../src/db/workspace.ts';
import { execute } from '../src/commands/command.ts';
import { importWorkspace } from '../src/commands/workspace.ts';
import { systemActor } from '../src/domain/user.ts';
import { verifyAudit } from '../src/db/audit.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import type { DbHandle } from '../src/db/connection.ts';

const IMPORT = systemActor('import');

describe('workspace import and export', () => {
  let a: DbHandle;
  let b: DbHandle;
  beforeAll(async () => {
    [a, b] = await Promise.all([freshDb(), freshDb()]);
  });
  afterAll(async () => Promise.all([a?.close(), b?.close()]));

  it('round-trips the demo workspace without losing anything', async () => {
    const counts = await execute(a.db, IMPORT, importWorkspace, { workspace: readDemoWorkspace() });
    expect(counts.targets).toBeGreaterThan(20);
    expect(counts.tasks).toBeGreaterThan(5);
    expect(counts.proposals).toBeGreaterThan(20);
    const first = await exportWorkspace(a.db);
    expect(first.proposals!.length).toBeGreaterThan(20);
    await execute(b.db, IMPORT, importWorkspace, { workspace: JSON.parse(JSON.stringify(first)) });
    const second = await exportWorkspace(b.db);
    expect(second).toEqual(first);
    expect(first.documents[0]?.text?.length).toBeGreaterThan(1000);
  });

  it('refuses to import into a workspace that holds data, and changes nothing', async () => {
    const before = await exportWorkspace(a.db);
    await expect(execute(a.db, IMPORT, importWorkspace, { workspace: readDemoWorkspace() })).rejects.toMatchObject({ code: 'conflict' });
    expect(await exportWorkspace(a.db)).toEqual(before);
  });

  it('rolls back a file with a broken reference entirely', async () => {
    const c = await freshDb();
    try {
      const ws = readDemoWorkspace() as { tasks: { leadUnitId: string | null }[] };
      ws.tasks[ws.tasks.length - 1]!.leadUnitId = 'no-such-unit';
      await expect(execute(c.db, IMPORT, importWorkspace, { workspace: ws })).rejects.toMatchObject({ code: '23503' });
      const after = await exportWorkspace(c.db);
      expect(after.units).toEqual([]);
      expect(after.tasks).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('rejects a file of the wrong shape with the path of the first problem', async () => {
    await expect(execute(b.db, IMPORT, importWorkspace, { workspace: { format: 'haidang-workspace', version: 1, units: [{ id: 'x' }] } })).rejects.toThrow(/units\.0\./);
  });

  it('keeps an intact audit chain', async () => {
    expect((await verifyAudit(a.db)).brokenAt).toBeNull();
  });
});

describe('the demo workspace over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ setup: async (h) => void (await execute(h.db, IMPORT, importWorkspace, { workspace: readDemoWorkspace() })) });
  });
  afterAll(async () => s?.close());

  it('answers the summary with the 2025–2030 targets and task counts against both denominators', async () => {
    const r = await s.api('GET', '/api/summary?asOf=2025-10-01');
    expect(r.status).toBe(200);
    const t = r.body.targets;
    expect(t.total).toBeGreaterThan(20);
    const all = await s.api('GET', '/api/targets?asOf=2025-10-01');
    expect(all.body.items.some((x: { period: string }) => x.period.endsWith('2030'))).toBe(true);
    expect(all.body.total).toBe(t.total);
    expect(t.headlineVi).toMatch(/^\d+\/\d+ chỉ tiêu đạt$/);
    const sum = Object.values(t.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(t.total);
    const k = r.body.tasks;
    expect(Object.values(k.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(k.total);
    expect(k.withDeadline).toBeLessThanOrEqual(k.total);
    expect(k.byUnit.length).toBeGreaterThan(0);
    // The overdue list holds exactly the tasks counted as overdue.
    expect(k.overdue.total).toBe(k.counts.in_progress_overdue);
  });

  it('pages the task list on the server', async () => {
    const all = await s.api('GET', '/api/tasks?limit=500');
    const page = await s.api('GET', '/api/tasks?limit=2&offset=2');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(all.body.total);
    expect(page.body.items.map((x: { id: string }) => x.id)).toEqual(all.body.items.slice(2, 4).map((x: { id: string }) => x.id));
  });

  it('keeps the source sentence of every target', async () => {
    const r = await s.api('GET', '/api/targets');
    for (const t of r.body.items) {
      if (!t.source.documentId) continue;
      const doc = await s.api('GET', `/api/documents/${t.source.documentId}`);
      expect(doc.body.text.slice(t.source.span[0], t.source.span[1])).toBe(t.source.quote);
    }
  });
});
