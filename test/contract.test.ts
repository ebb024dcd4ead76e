// The contract: every route names the schema of its answers, and the test servers hold the answers to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { checkResponses, type ContractViolation } from '../src/server/response-check.ts';
import type { AppEnv } from '../src/server/context.ts';
import { json } from '../src/server/validation.ts';

const SRC = resolve(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

describe('every answer has a declared shape', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('no schema in src/server or src/contract is z.any()', () => {
    const offenders = [...files(join(SRC, 'server')), ...files(join(SRC, 'contract'))].filter((f) => /\bz\.any\(\)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the OpenAPI document gives every operation a 2xx answer with a real schema', async () => {
    const r = await s.api('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> }>> };
    const missing: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations += 1;
        const ok = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
        const described = ok.some(([, res]) => {
          if (!res.content) return false;
          const schemas = Object.values(res.content).map((c) => c.schema);
          return schemas.length > 0 && schemas.every((sc) => sc !== undefined && Object.keys(sc).length > 0);
        });
        // Downloads (xlsx, docx, attachments) are described in words: their bodies are files, not JSON.
        const download = ok.some(([, res]) => !res.content && /xlsx|docx|download/i.test((res as { description?: string }).description ?? ''));
        if (!described && !download) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('names the shapes as components, so clients see Task, Target, Unit … rather than anonymous objects', async () => {
    const r = await s.api('GET', '/api/openapi.json');
    const names = Object.keys((r.body as { components: { schemas: Record<string, unknown> } }).components.schemas);
    expect(names).toEqual(expect.arrayContaining(['Task', 'TaskDetail', 'Target', 'Observation', 'Unit', 'User', 'Document', 'Proposal', 'Submission', 'ReportingPeriod', 'Attachment', 'AuditEntry', 'Summary', 'QuarterRating', 'Error']));
  });

  it('the reporting page\'s due tasks are presented, not rows', async () => {
    const unit = (await s.api('POST', '/api/units', { code: 'X1', name: 'Xã Một', kind: 'xa' })).body as { id: string };
    await s.api('POST', '/api/tasks', { title: 'Lập kế hoạch', leadUnitId: unit.id, assignedOn: '2026-01-05', deadline: '2026-03-20' });
    const period = (await s.api('POST', '/api/reporting-periods', { period: '2026-Q1', dueOn: '2026-04-05', title: 'Quý I/2026' })).body as { id: string };
    const r = await s.api('GET', `/api/reporting-periods/${period.id}/units/${unit.id}`);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toMatch(/"[a-z]+_[a-z_]+":/);
    expect(r.body.due.tasks[0]).toMatchObject({ title: 'Lập kế hoạch', deadline: '2026-03-20', state: { deadline: '2026-03-20', completedOn: null } });
  });
});

describe('the response check', () => {
  // A route that promises one shape and sends another, as a presenter that forgot a field would.
  function brokenApp(violations: ContractViolation[]) {
    const app = new OpenAPIHono<AppEnv>();
    app.use('*', checkResponses(app, (v) => violations.push(v)));
    const Thing = z.object({ id: z.string(), label: z.string() }).strict();
    app.openapi(createRoute({ method: 'get', path: '/things/{id}', responses: { 200: json(Thing) } }), (c) =>
      c.json(c.req.param('id') === 'ok' ? { id: 'ok', label: 'Đúng' } : ({ id: 'x', label: 'Sai', state_deadline: null } as never), 200),
    );
    app.openapi(createRoute({ method: 'get', path: '/undeclared', responses: { 200: json(Thing) } }), (c) => c.json({ nope: true } as never, 418 as 200));
    return app;
  }

  it('lets a conforming answer through unchanged', async () => {
    const v: ContractViolation[] = [];
    const res = await brokenApp(v).request('/things/ok');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'ok', label: 'Đúng' });
    expect(v).toEqual([]);
  });

  it('turns an answer outside its schema into a 500 naming the route and the field', async () => {
    const v: ContractViolation[] = [];
    const res = await brokenApp(v).request('/things/bad');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('contract_violation');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ method: 'GET', path: '/things/bad', status: 200 });
    expect(v[0]!.issues.join(' ')).toMatch(/state_deadline/);
  });

  it('holds an undeclared error status to the one error shape', async () => {
    const v: ContractViolation[] = [];
    const res = await brokenApp(v).request('/undeclared');
    expect(res.status).toBe(500);
    expect(v[0]).toMatchObject({ status: 418 });
  });
});
