// Every route × every role × own unit / other unit / no session: the exact answer, and a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from './support/server.ts';
import { systemActor, type Role } from '../src/domain/user.ts';
import { execute } from '../src/commands/command.ts';
import { importRoster } from '../src/commands/congress.ts';
import { openEvents } from './support/sse.ts';
import { importSchedule } from '../src/commands/congress-seasons.ts';
import { publishPaperVersion } from '../src/commands/congress-papers.ts';
import { registerContribution } from '../src/commands/congress-contributions.ts';

let s: TestServer;
const ids: Record<string, string> = {};
const clients: Record<string, Client> = {};
// `leader` holds no unit (a standing leader of the city: decides for every unit); `leaderA` leads unit A.
type Who = 'anon' | 'admin' | 'secretariat' | 'leader' | 'leaderA' | 'officerA' | 'viewerA' | 'officerB';
const WHO: Who[] = ['anon', 'admin', 'secretariat', 'leader', 'leaderA', 'officerA', 'viewerA', 'officerB'];

beforeAll(async () => {
  s = await startTestServer();
  const unit = async (code: string, kind: string, parent: string | null) => {
    const r = await s.api('POST', '/api/units', { code, name: code, kind, parentId: parent ? ids[parent] : null });
    ids[code] = r.body.id;
  };
  await unit('ROOT', 'thanh_uy', null);
  await unit('A', 'so_nganh', 'ROOT');
  await unit('A1', 'xa', 'A');
  await unit('B', 'so_nganh', 'ROOT');
  ids.doc = (await s.api('POST', '/api/documents', { kind: 'ket_luan', issuedOn: '2025-07-01', title: 'Kết luận', text: 'Nội dung' })).body.id;
  // Documents: one public; one for A (task TA of A1 comes from it); one for the task led by A1 that B co-ordinates.
  ids.docPublic = (await s.api('POST', '/api/documents', { kind: 'thong_bao', issuedOn: '2025-07-01', title: 'Công khai', text: 'Thông báo công khai', visibility: 'public' })).body.id;
  ids.docA = (await s.api('POST', '/api/documents', { kind: 'ket_luan', issuedOn: '2025-07-01', title: 'Của A', text: 'Giao A1 làm đề án' })).body.id;
  ids.docC = (await s.api('POST', '/api/documents', { kind: 'ket_luan', issuedOn: '2025-07-01', title: 'Phối hợp', text: 'A1 chủ trì, B phối hợp' })).body.id;
  const task = async (key: string, lead: string, documentId: string | null = null) => {
    ids[key] = (await s.api('POST', '/api/tasks', { title: `Nhiệm vụ ${key}`, leadUnitId: ids[lead], assignedOn: '2025-07-01', deadline: '2025-12-31', source: { documentId, span: null, quote: null } })).body.id;
  };
  await task('TA', 'A1', ids.docA);
  await task('TB', 'B');
  // Led by A1, co-ordinated by B: B's people see it; only the lead unit reports on it.
  ids.TC = (await s.api('POST', '/api/tasks', { title: 'Nhiệm vụ phối hợp', leadUnitId: ids.A1, coUnitIds: [ids.B], assignedOn: '2025-07-01', deadline: '2025-12-31', source: { documentId: ids.docC, span: null, quote: null } })).body.id;
  const target = async (key: string, owner: string | null) => {
    const r = await s.api('POST', '/api/targets', { indicator: `x.${key}`, label: key, unit: '%', group: 'kinh_te_xa_hoi', value: 50, period: '2030', measure: 'share', ownerUnitId: owner ? ids[owner] : null });
    ids[key] = r.body.id;
  };
  await target('GA', 'A');
  await target('GB', 'B');
  await target('GC', null);
  ids.rp = (await s.api('POST', '/api/reporting-periods', { period: '2025-Q3', dueOn: '2025-10-05', title: 'Quý III' })).body.id;
  await s.api('PUT', `/api/reporting-periods/${ids.rp}/units/${ids.A}`, { figures: [], tasks: [] });
  await s.api('PUT', `/api/ratings/2025-Q4/units/${ids.A}/general`, { points: 25 });
  await s.api('PUT', `/api/ratings/2025-Q4/units/${ids.B}/general`, { points: 25 });
  // A congress with one delegate, and a season whose organisation A1 is linked to unit A1 (same code).
  await s.api('POST', '/api/congresses', { code: 'DH-T', name: 'Đại hội thử', startsOn: '2025-09-26', endsOn: '2025-09-27' });
  const roster = { headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'], rows: [{ row: 2, cells: ['D1', 'Đại biểu', 'Nam', '1970', 'A', 'Bầu'] }] };
  await execute(s.handle.db, systemActor('cli'), importRoster, { congress: 'DH-T', table: roster });
  // A paper with a file, and a written contribution, of that congress.
  const paper = await execute(s.handle.db, systemActor('cli'), publishPaperVersion, { congress: 'DH-T', title: 'Báo cáo chính trị', file: { name: 'bao-cao.pdf', data: new TextEncoder().encode('%PDF-1.4\n') } });
  ids.paper = paper.paperId;
  ids.contribution = (await execute(s.handle.db, systemActor('cli'), registerContribution, { congress: 'DH-T', delegate: 'D1', topic: 'Tham luận' })).id;
  await s.api('POST', '/api/congress-seasons', { code: 'DHCS-T', name: 'Đợt thử', deadline: '2025-08-20', latest: '2025-08-31' });
  const schedule = { headers: ['ma_to_chuc', 'ten_to_chuc', 'dang_bo_cap_tren', 'ngay_du_kien'], rows: [{ row: 2, cells: ['A1', 'Chi bộ A1', 'A', '01/07/2025'] }] };
  await execute(s.handle.db, systemActor('cli'), importSchedule, { season: 'DHCS-T', table: schedule });
  clients.admin = s;
  clients.anon = s.anonymous();
  const roles: [Who, Role, string | null][] = [['secretariat', 'secretariat', null], ['leader', 'leader', null], ['leaderA', 'leader', 'A'], ['officerA', 'officer', 'A'], ['viewerA', 'viewer', 'A'], ['officerB', 'officer', 'B']];
  for (const [who, role, u] of roles) clients[who] = await s.userClient(who.toLowerCase(), [role], u ? ids[u]! : null);
});
afterAll(async () => s?.close());

/** Row counts, the audit head and the versions: any write shows here. */
async function fingerprint() {
  const r = await sql<{ f: string }>`SELECT concat_ws('|',
    (SELECT count(*) FROM units), (SELECT count(*) FROM documents), (SELECT count(*) FROM targets),
    (SELECT count(*) FROM observations), (SELECT count(*) FROM tasks), (SELECT count(*) FROM task_reports),
    (SELECT count(*) FROM users), (SELECT coalesce(sum(version), 0) FROM tasks), (SELECT coalesce(sum(version), 0) FROM targets),
    (SELECT count(*) FROM observations WHERE superseded_by IS NOT NULL OR withdrawn_at IS NOT NULL),
    (SELECT count(*) FROM rating_adjustments), (SELECT count(*) FROM submissions), (SELECT count(*) FROM attachments), (SELECT count(*) FROM task_reminders),
    (SELECT count(*) FROM congresses), (SELECT count(*) FROM congress_delegates), (SELECT count(*) FROM congress_checkins),
    (SELECT count(*) FROM congress_seasons), (SELECT count(*) FROM congress_orgs), (SELECT count(*) FROM congress_orgs WHERE held_on IS NOT NULL),
    (SELECT max(seq) FROM audit_log)) AS f`.execute(s.handle.db);
  return r.rows[0]!.f;
}

/** A fresh open question for each try (a closed one cannot be closed again). */
const openVote = async () => {
  ids.vote = (await s.api('POST', '/api/congresses/DH-T/votes', { question: 'Thông qua Nghị quyết', kind: 'resolution' })).body.id;
};

const version = async (kind: 'tasks' | 'targets', id: string) => (await s.api('GET', `/api/${kind}/${id}`)).body.version as number;

interface Case {
  name: string;
  method: string;
  path: () => string;
  body?: () => Promise<unknown> | unknown;
  /** Puts the object in the state the action needs, before each role tries it. */
  before?: () => Promise<void>;
  expect: Record<Who, number>;
  /** An event stream: opened, its status read, then closed (its body never ends). */
  stream?: true;
}

const submissionIs = (status: string) => async () => {
  await s.handle.db.updateTable('submissions').set({ status }).where('unit_id', '=', ids.A!).execute();
};
const rpUnit = () => `/api/reporting-periods/${ids.rp}/units/${ids.A}`;

const R = (ok: number, others: Partial<Record<Who, number>> = {}): Record<Who, number> => ({
  anon: 401, admin: ok, secretariat: ok, leader: ok, leaderA: ok, officerA: ok, viewerA: ok, officerB: ok, ...others,
});
const MANAGE = (ok: number, others: Partial<Record<Who, number>> = {}) => R(ok, { leader: 403, leaderA: 403, officerA: 403, viewerA: 403, officerB: 403, ...others });
/** Puts a report on a task as the administrator, so that the action tried next has something to act on. */
const reportFirst = (task: string, ...bodies: Record<string, unknown>[]) => async () => {
  for (const body of bodies) await s.api('POST', `/api/tasks/${ids[task]}/reports`, body);
};
/** A fresh figure of unit A for each try (a corrected or withdrawn one cannot be corrected again). */
const figureOfA = async () => {
  ids.OA = (await s.api('POST', '/api/observations', { indicator: 'x.GA', period: '2025-Q1', value: 35, unit: '%', unitId: ids.A })).body.id;
};

let n = 0;
const uniq = () => `${++n}`;

const CASES: Case[] = [
  { name: 'list units', method: 'GET', path: () => '/api/units', expect: R(200) },
  { name: 'read the summary', method: 'GET', path: () => '/api/summary', expect: R(200) },
  { name: 'list tasks', method: 'GET', path: () => '/api/tasks', expect: R(200) },
  { name: 'read a task of unit A1', method: 'GET', path: () => `/api/tasks/${ids.TA}`, expect: R(200, { officerB: 404 }) },
  { name: 'read a task of unit B', method: 'GET', path: () => `/api/tasks/${ids.TB}`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'read reports of a task of B', method: 'GET', path: () => `/api/tasks/${ids.TB}/reports`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'read a target of B', method: 'GET', path: () => `/api/targets/${ids.GB}`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'read a city-wide target', method: 'GET', path: () => `/api/targets/${ids.GC}`, expect: R(200) },
  // A document is internal to the units it concerns unless public: the others answer 404, as for a task.
  { name: 'read a document that concerns no unit', method: 'GET', path: () => `/api/documents/${ids.doc}`, expect: R(200, { officerA: 404, viewerA: 404, officerB: 404 }) },
  { name: 'read a public document', method: 'GET', path: () => `/api/documents/${ids.docPublic}`, expect: R(200) },
  { name: 'read a document of unit A1\'s task', method: 'GET', path: () => `/api/documents/${ids.docA}`, expect: R(200, { officerB: 404 }) },
  { name: 'read a document of a task B co-ordinates', method: 'GET', path: () => `/api/documents/${ids.docC}`, expect: R(200) },
  { name: 'read the audit trail', method: 'GET', path: () => '/api/audit', expect: MANAGE(200) },
  { name: 'list users', method: 'GET', path: () => '/api/users', expect: MANAGE(200, { secretariat: 403 }) },
  { name: 'create a unit', method: 'POST', path: () => '/api/units', body: () => ({ code: `U${uniq()}`, name: 'Mới', kind: 'xa', parentId: ids.A }), expect: MANAGE(201) },
  { name: 'rename a unit', method: 'PATCH', path: () => `/api/units/${ids.A1}`, body: () => ({ name: `A1 ${uniq()}` }), expect: MANAGE(200) },
  {
    // A fresh unit for each try: a merged unit is closed and cannot be merged again.
    name: 'merge a unit', method: 'POST', path: () => `/api/units/${ids.M}/merge`, body: () => ({ intoId: ids.A1 }), expect: MANAGE(200),
    before: async () => void (ids.M = (await s.api('POST', '/api/units', { code: `M${uniq()}`, name: 'Xã sáp nhập', kind: 'xa', parentId: ids.A })).body.id),
  },
  { name: 'register a document', method: 'POST', path: () => '/api/documents', body: () => ({ kind: 'thong_bao', issuedOn: '2025-08-01', title: 'TB', text: '' }), expect: MANAGE(201) },
  {
    name: 'create a target', method: 'POST', path: () => '/api/targets',
    body: () => ({ indicator: 'y', label: 'y', unit: '%', group: 'kinh_te_xa_hoi', value: 1, period: '2030', measure: 'share' }), expect: MANAGE(201),
  },
  {
    name: 'edit a target of A', method: 'PATCH', path: () => `/api/targets/${ids.GA}`,
    body: async () => ({ version: await version('targets', ids.GA!), label: `GA ${uniq()}` }), expect: MANAGE(200, { officerB: 404 }),
  },
  { name: 'create a task', method: 'POST', path: () => '/api/tasks', body: () => ({ title: 'Mới', assignedOn: '2025-07-01' }), expect: MANAGE(201) },
  {
    name: 'edit a task of A1', method: 'PATCH', path: () => `/api/tasks/${ids.TA}`,
    body: async () => ({ version: await version('tasks', ids.TA!), title: `TA ${uniq()}` }), expect: MANAGE(200, { officerB: 404 }),
  },
  {
    name: 'report progress on a task of A1', method: 'POST', path: () => `/api/tasks/${ids.TA}/reports`,
    body: () => ({ kind: 'progress', progress: 30 }), expect: R(201, { leader: 403, leaderA: 403, viewerA: 403, officerB: 404 }),
  },
  { name: 'read a task of A1 co-ordinated by B', method: 'GET', path: () => `/api/tasks/${ids.TC}`, expect: R(200) },
  {
    name: 'report progress on a task co-ordinated by B', method: 'POST', path: () => `/api/tasks/${ids.TC}/reports`,
    body: () => ({ kind: 'progress', progress: 20 }), expect: R(201, { leader: 403, leaderA: 403, viewerA: 403, officerB: 403 }),
  },
  {
    name: 'return a task of A1', method: 'POST', path: () => `/api/tasks/${ids.TA}/reports`, before: reportFirst('TA', { kind: 'complete' }),
    body: () => ({ kind: 'return', text: 'Chưa đạt' }), expect: MANAGE(201, { officerB: 404 }),
  },
  {
    name: 'decide an extension of a task of B', method: 'POST', path: () => `/api/tasks/${ids.TB}/reports`,
    before: reportFirst('TB', { kind: 'extension_request', newDeadline: '2026-12-31' }),
    body: () => ({ kind: 'extension_decision', approved: false }), expect: MANAGE(201, { leader: 201, officerA: 404, viewerA: 404 }),
  },
  {
    name: 'decide an extension of a task of A1', method: 'POST', path: () => `/api/tasks/${ids.TA}/reports`,
    // Reopened first if the cases before left it done (a refused return leaves it so).
    before: reportFirst('TA', { kind: 'return', text: 'Mở lại' }, { kind: 'extension_request', newDeadline: '2026-12-31' }),
    body: () => ({ kind: 'extension_decision', approved: false }), expect: MANAGE(201, { leader: 201, leaderA: 201, officerB: 404 }),
  },
  { name: 'read the history of a figure of A', method: 'GET', path: () => `/api/observations/${ids.OA}/history`, before: figureOfA, expect: R(200, { officerB: 404 }) },
  {
    name: 'correct a figure of A', method: 'POST', path: () => `/api/observations/${ids.OA}/correct`, before: figureOfA,
    body: () => ({ value: 36, reason: 'Cục Thống kê công bố lại' }), expect: MANAGE(201, { officerA: 201, officerB: 404 }),
  },
  {
    name: 'withdraw a figure of A', method: 'POST', path: () => `/api/observations/${ids.OA}/withdraw`, before: figureOfA,
    body: () => ({ reason: 'Nhập nhầm chỉ tiêu' }), expect: MANAGE(200, { officerA: 200, officerB: 404 }),
  },
  {
    name: 'report a figure of unit A', method: 'POST', path: () => '/api/observations',
    body: () => ({ indicator: 'x.GA', period: '2025-Q2', value: 40, unit: '%', unitId: ids.A }), expect: MANAGE(201, { officerA: 201 }),
  },
  { name: 'read the proposals of a document', method: 'GET', path: () => `/api/documents/${ids.doc}/proposals`, expect: MANAGE(200) },
  { name: 'accept unknown proposals of a document', method: 'POST', path: () => `/api/documents/${ids.doc}/proposals/accept`, body: () => ({ items: [{ id: 'nope' }] }), expect: MANAGE(404) },
  { name: 'accept an unknown proposal', method: 'POST', path: () => '/api/proposals/nope/accept', body: () => ({}), expect: MANAGE(404) },
  { name: 'merge an unknown proposal', method: 'POST', path: () => '/api/proposals/nope/merge', body: () => ({ targetId: ids.GA }), expect: MANAGE(404) },
  { name: 'reject an unknown proposal', method: 'POST', path: () => '/api/proposals/nope/reject', expect: MANAGE(404) },
  { name: 'read an uploaded file', method: 'POST', path: () => '/api/intake/read', body: () => 'not multipart', expect: MANAGE(415) },
  { name: 'list documents', method: 'GET', path: () => '/api/documents', expect: R(200) },
  { name: 'list targets', method: 'GET', path: () => '/api/targets', expect: R(200) },
  { name: 'list figures', method: 'GET', path: () => '/api/observations', expect: R(200) },
  { name: 'read a unit', method: 'GET', path: () => `/api/units/${ids.A1}`, expect: R(200) },
  { name: 'who am I', method: 'GET', path: () => '/api/auth/me', expect: R(200) },
  { name: 'change my password with a wrong current one', method: 'POST', path: () => '/api/auth/password', body: () => ({ current: 'sai', next: 'mat-khau-moi-dai' }), expect: R(400) },
  { name: 'edit an unknown user', method: 'PATCH', path: () => '/api/users/nope', body: () => ({ name: 'X' }), expect: MANAGE(404, { secretariat: 403 }) },
  { name: 'reset the password of an unknown user', method: 'POST', path: () => '/api/users/nope/reset-password', expect: MANAGE(404, { secretariat: 403 }) },
  { name: 'list reporting periods', method: 'GET', path: () => '/api/reporting-periods', expect: R(200) },
  { name: 'open a reporting period', method: 'POST', path: () => '/api/reporting-periods', body: () => ({ period: String(2040 + n++), dueOn: '2099-01-05', title: 'Năm' }), expect: MANAGE(201) },
  { name: 'remind the units of a period', method: 'POST', path: () => `/api/reporting-periods/${ids.rp}/remind`, body: () => ({}), expect: MANAGE(200) },
  { name: 'the reminder letter of a period', method: 'GET', path: () => `/api/reporting-periods/${ids.rp}/reminder-letter`, expect: MANAGE(200) },
  // Đôn đốc nhiệm vụ: TB and TC stay overdue (deadline 31/12/2025, extensions refused, never completed).
  // A leader reminds the tasks of the units they lead: leaderA those of A1 (under A), not those of B.
  { name: 'remind the lead unit of an overdue task of B', method: 'POST', path: () => '/api/task-reminders', body: () => ({ taskIds: [ids.TB], again: true }), expect: MANAGE(200, { leader: 200 }) },
  { name: 'remind the lead unit of an overdue task of A1', method: 'POST', path: () => '/api/task-reminders', body: () => ({ taskIds: [ids.TC], note: 'Khẩn trương', again: true }), expect: MANAGE(200, { leader: 200, leaderA: 200 }) },
  { name: 'the reminder letter of an overdue task of B', method: 'GET', path: () => `/api/task-reminders/letter?taskIds=${ids.TB}`, expect: MANAGE(200, { leader: 200 }) },
  { name: 'the reminder letter of an overdue task of A1', method: 'GET', path: () => `/api/task-reminders/letter?taskIds=${ids.TC}`, expect: MANAGE(200, { leader: 200, leaderA: 200 }) },
  { name: 'read a reporting period', method: 'GET', path: () => `/api/reporting-periods/${ids.rp}`, expect: R(200) },
  { name: 'read the report of unit A', method: 'GET', path: rpUnit, expect: R(200, { officerB: 404 }) },
  { name: 'save the report of unit A', method: 'PUT', path: rpUnit, body: () => ({ figures: [], tasks: [] }), before: submissionIs('draft'), expect: MANAGE(200, { officerA: 200, officerB: 404 }) },
  { name: 'submit the report of unit A', method: 'POST', path: () => `${rpUnit()}/submit`, before: submissionIs('draft'), expect: MANAGE(200, { officerA: 200, officerB: 404 }) },
  { name: 'return the report of unit A', method: 'POST', path: () => `${rpUnit()}/return`, body: () => ({ reason: 'Thiếu số liệu' }), before: submissionIs('submitted'), expect: MANAGE(200, { officerB: 404 }) },
  { name: 'accept the report of unit A', method: 'POST', path: () => `${rpUnit()}/accept`, before: submissionIs('submitted'), expect: MANAGE(200, { officerB: 404 }) },
  { name: 'reopen the report of unit A', method: 'POST', path: () => `${rpUnit()}/reopen`, before: submissionIs('accepted'), expect: MANAGE(200, { officerB: 404 }) },
  { name: 'download the sheet of unit A', method: 'GET', path: () => `${rpUnit()}/sheet`, expect: R(200, { officerB: 404 }) },
  { name: 'upload the sheet of unit A', method: 'POST', path: () => `${rpUnit()}/sheet`, body: () => ({}), before: submissionIs('draft'), expect: MANAGE(415, { officerA: 415, officerB: 404 }) },
  { name: 'read the ratings of a quarter', method: 'GET', path: () => '/api/ratings/2025-Q4', expect: R(200) },
  { name: 'enter general points for unit A', method: 'PUT', path: () => `/api/ratings/2025-Q4/units/${ids.A}/general`, body: () => ({ points: 25 }), expect: MANAGE(200) },
  {
    name: 'adjust the rating of unit A', method: 'POST', path: () => `/api/ratings/2025-Q4/units/${ids.A}/adjust`,
    body: () => ({ score: 80, reason: 'Theo kết luận của Thường trực' }), expect: R(403, { anon: 401, admin: 200, leader: 200, leaderA: 200 }),
  },
  {
    name: 'adjust the rating of unit B', method: 'POST', path: () => `/api/ratings/2025-Q4/units/${ids.B}/adjust`,
    body: () => ({ score: 80, reason: 'Theo kết luận của Thường trực' }), expect: R(403, { anon: 401, admin: 200, leader: 200 }),
  },
  { name: 'list the files of a task of B', method: 'GET', path: () => `/api/tasks/${ids.TB}/attachments`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'attach to a task of A1', method: 'POST', path: () => `/api/tasks/${ids.TA}/attachments`, body: () => ({}), expect: R(415, { leader: 403, leaderA: 403, viewerA: 403, officerB: 404 }) },
  { name: 'download an unknown file', method: 'GET', path: () => '/api/attachments/nope', expect: R(404) },
  { name: 'list indicators', method: 'GET', path: () => '/api/indicators', expect: R(200) },
  { name: 'download the review report of a quarter', method: 'GET', path: () => '/api/reports/review?period=2025-Q4&format=xlsx', expect: R(200) },
  { name: 'preview the review report of unit B', method: 'GET', path: () => `/api/reports/review/preview?period=2025-Q4&unitId=${ids.B}`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'download the review report of unit B', method: 'GET', path: () => `/api/reports/review?period=2025-Q4&format=xlsx&unitId=${ids.B}`, expect: R(200, { officerA: 404, viewerA: 404 }) },
  { name: 'download a backup of the database', method: 'GET', path: () => '/api/admin/backup', expect: MANAGE(200, { secretariat: 403 }) },
  { name: 'list congresses', method: 'GET', path: () => '/api/congresses', expect: R(200) },
  { name: 'create a congress', method: 'POST', path: () => '/api/congresses', body: () => ({ code: `DH-${uniq()}`, name: 'Đại hội', startsOn: '2025-09-26', endsOn: '2025-09-27' }), expect: MANAGE(201) },
  { name: 'import a roster (not multipart)', method: 'POST', path: () => '/api/congresses/DH-T/roster', body: () => ({}), expect: MANAGE(415) },
  { name: 'check a delegate in', method: 'POST', path: () => '/api/congresses/DH-T/checkins', body: () => ({ codes: ['D1'] }), expect: MANAGE(200) },
  { name: 'read a congress\'s statistics', method: 'GET', path: () => '/api/congresses/DH-T/stats', expect: R(200) },
  { name: 'download the congress bulletin', method: 'GET', path: () => '/api/congresses/DH-T/report', expect: R(200) },
  { name: 'issue sign-in codes for a congress', method: 'POST', path: () => '/api/congresses/DH-T/signin-codes', body: () => ({}), expect: MANAGE(200) },
  { name: 'who am I as a delegate (users are not)', method: 'GET', path: () => '/api/delegate/me', expect: R(403, { anon: 401 }) },
  { name: 'list a congress\'s votes', method: 'GET', path: () => '/api/congresses/DH-T/votes', expect: R(200) },
  { name: 'open a vote', method: 'POST', path: () => '/api/congresses/DH-T/votes', body: () => ({ question: 'Thông qua chương trình', kind: 'programme' }), expect: MANAGE(201) },
  { name: 'read a vote', method: 'GET', path: () => `/api/congresses/DH-T/votes/${ids.vote}`, before: openVote, expect: R(200) },
  // A ballot is a delegate's (their seat), never a user's, whatever their role.
  { name: 'cast a ballot as a user', method: 'POST', path: () => `/api/congresses/DH-T/votes/${ids.vote}/ballots`, body: () => ({ choice: 'agree' }), before: openVote, expect: R(403, { anon: 401 }) },
  { name: 'close a vote', method: 'POST', path: () => `/api/congresses/DH-T/votes/${ids.vote}/close`, before: openVote, expect: MANAGE(200) },
  { name: 'read a congress\'s programme', method: 'GET', path: () => '/api/congresses/DH-T/programme', expect: R(200) },
  {
    name: 'publish a congress\'s programme', method: 'PUT', path: () => '/api/congresses/DH-T/programme',
    body: () => ({ sessions: [{ title: 'Phiên chính thức', day: '2025-09-27', starts: '07:30', items: [{ title: 'Khai mạc' }] }] }), expect: MANAGE(200),
  },
  { name: 'list a congress\'s papers', method: 'GET', path: () => '/api/congresses/DH-T/papers', expect: R(200) },
  { name: 'publish a paper (not multipart)', method: 'POST', path: () => '/api/congresses/DH-T/papers', body: () => ({}), expect: MANAGE(415) },
  { name: 'read a paper', method: 'GET', path: () => `/api/congresses/DH-T/papers/${ids.paper}`, expect: R(200) },
  { name: 'download a paper\'s file', method: 'GET', path: () => `/api/congresses/DH-T/papers/${ids.paper}/versions/1/file`, expect: R(200) },
  { name: 'list written contributions', method: 'GET', path: () => '/api/congresses/DH-T/contributions', expect: R(200) },
  { name: 'register a written contribution', method: 'POST', path: () => '/api/congresses/DH-T/contributions', body: () => ({ delegate: 'D1', topic: 'Kinh tế biển' }), expect: MANAGE(201) },
  { name: 'import the register of contributions (not multipart)', method: 'POST', path: () => '/api/congresses/DH-T/contributions/import', body: () => ({}), expect: MANAGE(415) },
  { name: 'mark a contribution presented', method: 'PATCH', path: () => `/api/congresses/DH-T/contributions/${ids.contribution}`, body: () => ({ presented: true }), expect: MANAGE(200) },
  { name: 'read a congress', method: 'GET', path: () => '/api/congresses/DH-T', expect: R(200) },
  { name: 'list a congress\'s delegates', method: 'GET', path: () => '/api/congresses/DH-T/delegates', expect: MANAGE(200) },
  { name: 'read a delegate', method: 'GET', path: () => '/api/congresses/DH-T/delegates/D1', expect: MANAGE(200) },
  { name: 'confirm a delegate (credential review)', method: 'POST', path: () => '/api/congresses/DH-T/delegates/D1/review', body: () => ({ decision: 'confirm' }), expect: MANAGE(200) },
  { name: 'read the live attendance', method: 'GET', path: () => '/api/congresses/DH-T/attendance', expect: R(200) },
  { name: 'follow the live attendance (stream)', method: 'GET', path: () => '/api/congresses/DH-T/attendance/stream', stream: true, expect: R(200) },
  { name: 'follow the live vote counts (stream)', method: 'GET', path: () => '/api/congresses/DH-T/votes/stream', stream: true, expect: R(200) },
  { name: 'download the delegate cards', method: 'GET', path: () => '/api/congresses/DH-T/cards', expect: MANAGE(200) },
  { name: 'print the cards with new sign-in codes', method: 'POST', path: () => '/api/congresses/DH-T/cards-with-codes', expect: MANAGE(200) },
  { name: 'list congress seasons', method: 'GET', path: () => '/api/congress-seasons', expect: R(200) },
  { name: 'create a congress season', method: 'POST', path: () => '/api/congress-seasons', body: () => ({ code: `S-${uniq()}`, name: 'Đợt', deadline: '2025-08-20', latest: '2025-08-31' }), expect: MANAGE(201) },
  { name: 'import a schedule (not multipart)', method: 'POST', path: () => '/api/congress-seasons/DHCS-T/schedule', body: () => ({}), expect: MANAGE(415) },
  { name: 'mark the congress of organisation A1 held', method: 'POST', path: () => '/api/congress-seasons/DHCS-T/orgs/A1/held', body: () => ({ on: '2025-07-02' }), expect: MANAGE(200, { officerA: 200 }) },
  { name: 'read a season\'s progress', method: 'GET', path: () => '/api/congress-seasons/DHCS-T/progress?asOf=2025-07-09', expect: R(200) },
  { name: 'create a user', method: 'POST', path: () => '/api/users', body: () => ({ login: `u${uniq()}`, name: 'U', roles: ['viewer'] }), expect: MANAGE(201, { secretariat: 403 }) },
];

describe('authorisation matrix', () => {
  for (const c of CASES) {
    for (const who of WHO) {
      const want = c.expect[who];
      it(`${c.name} as ${who} → ${want}`, async () => {
        const body = c.body ? await c.body() : undefined;
        await c.before?.();
        const before = await fingerprint();
        const r = c.stream ? await openEvents(s.url, clients[who]!, c.path()).then((e) => (e.close(), e)) : await clients[who]!.api(c.method, c.path(), body);
        expect(r.status, JSON.stringify(r.body)).toBe(want);
        if (want >= 400) {
          expect(Object.keys(r.body.error).sort()).toEqual(['code', 'details', 'message']);
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it('covers every route of the API (login, logout, health and the OpenAPI document aside)', async () => {
    const spec = (await s.api('GET', '/api/openapi.json')).body;
    const byValue = new Map(Object.values(ids).map((v) => [v, '{id}']));
    byValue.set(ids.A!, '{unitId}');
    byValue.set('2025-Q4', '{quarter}');
    byValue.set('DH-T', '{code}');
    byValue.set('DHCS-T', '{code}');
    byValue.set('A1', '{org}');
    byValue.set('1', '{version}');
    byValue.set('D1', '{delegate}');
    const covered = new Set(CASES.map((c) => `${c.method} ${c.path().split('?')[0]!.split('/').map((seg) => byValue.get(seg) ?? (seg === 'nope' ? '{id}' : seg)).join('/')}`));
    const all = Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(all.length).toBeGreaterThan(30);
    const exempt = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/public/summary', 'POST /api/delegate/login', 'POST /api/delegate/logout']);
    expect(all.filter((r) => !covered.has(r) && !exempt.has(r))).toEqual([]);
  });

  it('filters lists by the same rules: no existence leak through counts', async () => {
    const count = async (who: Who, path: string) => (await clients[who]!.api('GET', path)).body.total as number;
    expect(await count('admin', '/api/tasks')).toBeGreaterThanOrEqual(3);
    expect(await count('officerA', '/api/tasks')).toBe(2);
    expect(await count('officerB', '/api/tasks')).toBe(2);
    expect(await count('officerA', `/api/tasks?unitId=${ids.B}`)).toBe(0);
    const targets = (await clients.officerA!.api('GET', '/api/targets')).body.items.map((t: { label: string }) => t.label);
    expect(targets).not.toContain('GB');
    expect(targets).toContain('GC');
    const summary = (await clients.officerA!.api('GET', '/api/summary')).body;
    expect(summary.tasks.total).toBe(2);
  });

  it('lists only the documents a reader may read, and counts only those', async () => {
    const docs = async (who: Who) => {
      const r = (await clients[who]!.api('GET', '/api/documents?limit=100')).body as { items: { id: string }[]; total: number };
      expect(r.total).toBe(r.items.length);
      return r.items.map((d) => d.id).sort();
    };
    const all = [ids.doc, ids.docPublic, ids.docA, ids.docC].sort();
    // (The matrix above registers more documents, all internal and concerning no unit.)
    expect(await docs('admin')).toEqual(expect.arrayContaining(all));
    expect(await docs('leader')).toEqual(await docs('admin'));
    expect(await docs('officerA')).toEqual([ids.docPublic, ids.docA, ids.docC].sort());
    expect(await docs('viewerA')).toEqual([ids.docPublic, ids.docA, ids.docC].sort());
    expect(await docs('officerB')).toEqual([ids.docPublic, ids.docC].sort());
  });
});
