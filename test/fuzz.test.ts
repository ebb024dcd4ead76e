// Generated bad bodies against every write route: never a 500, and a refused write changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './support/server.ts';

let s: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer();
  ids.unit = (await s.api('POST', '/api/units', { code: 'TU', name: 'Thành ủy', kind: 'thanh_uy' })).body.id;
  ids.doc = (await s.api('POST', '/api/documents', { kind: 'ket_luan', issuedOn: '2025-07-01', title: 'KL', text: 'Văn bản' })).body.id;
  ids.task = (await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ', assignedOn: '2025-07-01', deadline: '2025-09-30' })).body.id;
  ids.target = (await s.api('POST', '/api/targets', { indicator: 'x', label: 'x', unit: '%', group: 'kinh_te_xa_hoi', value: 1, period: '2030', measure: 'share' })).body.id;
  ids.user = (await s.api('POST', '/api/users', { login: 'canbo', name: 'Cán bộ', roles: ['viewer'] })).body.user.id;
});
afterAll(async () => s?.close());

async function fingerprint() {
  const r = await sql<{ f: string }>`SELECT concat_ws('|',
    (SELECT count(*) FROM units), (SELECT count(*) FROM documents), (SELECT count(*) FROM targets), (SELECT count(*) FROM observations),
    (SELECT count(*) FROM tasks), (SELECT count(*) FROM task_reports), (SELECT count(*) FROM users), (SELECT max(seq) FROM audit_log),
    (SELECT string_agg(name || coalesce(parent_id, ''), ',' ORDER BY id) FROM units),
    (SELECT string_agg(version::text, ',' ORDER BY id) FROM tasks), (SELECT string_agg(version::text, ',' ORDER BY id) FROM targets)) AS f`.execute(s.handle.db);
  return r.rows[0]!.f;
}

// Valid-looking field values mixed with wrong ones: the shapes a careless client or an attacker sends.
const junk = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(''), fc.constant('2025-02-30'),
  fc.constant('2025-Q5'), fc.constant('<script>alert(1)</script>'), fc.constant("'; DROP TABLE tasks; --"),
  fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), fc.constant(1e308), fc.constant(-1),
);
const FIELDS = ['title', 'name', 'code', 'kind', 'value', 'max', 'period', 'assignedOn', 'deadline', 'latest', 'leadUnitId', 'coUnitIds', 'targetIds',
  'parentId', 'unitId', 'indicator', 'unit', 'group', 'measure', 'version', 'progress', 'reportedOn', 'newDeadline', 'approved', 'source', 'roles',
  'login', 'password', 'current', 'next', 'issuedOn', 'text', 'comparator', 'direction', 'visibility', 'standing'];
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 8 }),
  fc.anything(),
  fc.string().map((x) => `{"broken": ${x}`),
);

// Every write route the server declares in its OpenAPI document, so a route added later is fuzzed too.
// A path's parameter names the object of the collection before it (…/tasks/{id} → a task); an unknown
// one gets an id that exists nowhere. Signing in and out change the session, not the data: left out.
const SKIP = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/admin/backup']);
const OBJECT_OF: Record<string, string> = { units: 'unit', tasks: 'task', targets: 'target', documents: 'doc', users: 'user' };
let ROUTES: [string, string][] = [];
beforeAll(async () => {
  const doc = (await s.api('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  ROUTES = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => [m.toUpperCase(), `/api${path.replace(/^\/api/, '')}`] as [string, string])
      .filter(([m, p]) => !SKIP.has(`${m} ${p}`)),
  );
});
const fill = (path: string) =>
  path.replace(/\/(\w[\w-]*)\/\{(\w+)\}/g, (_, collection: string) => `/${collection}/${ids[OBJECT_OF[collection] ?? ''] ?? 'khong-co'}`).replace(/\{\w+\}/g, 'khong-co');

describe('write routes under generated input', () => {
  it('knows the write routes from the OpenAPI document', () => {
    expect(ROUTES.length).toBeGreaterThan(30);
    expect(ROUTES).toContainEqual(['POST', '/api/tasks/{id}/reports']);
  });
  it('answers every write route with a 4xx or a success, never a 500, and a refusal changes nothing', async () => {
    const failures: string[] = [];
    for (const [method, path] of ROUTES) {
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const before = await fingerprint();
          const r = await s.api(method, fill(path), typeof b === 'string' ? b : JSON.stringify(b ?? null), { 'content-type': 'application/json' });
          if (r.status >= 500) failures.push(`${method} ${path} → ${r.status} ${JSON.stringify(b).slice(0, 200)}`);
          if (r.status >= 400 && r.status < 500) {
            expect(Object.keys(r.body.error).sort(), `${method} ${path}`).toEqual(['code', 'details', 'message']);
            expect(await fingerprint(), `${method} ${path}`).toBe(before);
          }
        }),
        { numRuns: 10, seed: 20251204 },
      );
    }
    expect(failures).toEqual([]);
  }, 900_000);
});
