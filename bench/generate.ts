// A province-scale workspace for the benchmark, deterministic for a seed and a "today":
// ~3,000 units in a tree, 300 targets with 40 quarters of figures, 20,000 tasks, ~200,000 reports
// (all scaled by `scale`), written with multi-row INSERTs, one transaction per table.
import { sql, type Insertable } from 'kysely';
import type { Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/schema.ts';
import { getTask, listReports } from '../src/db/tasks.ts';
import { deriveTaskState } from '../src/domain/task-status.ts';
import { rebuildAllTaskStates } from '../src/db/task-states.ts';
import { addDays } from '../src/domain/calendar.ts';
import { TARGET_GROUPS } from '../src/domain/target.ts';
import { BAN_DANG, MAT_TRAN, SO_CHILD, SO_NGANH, TARGET_KINDS, VILLAGE, placeName, rng, type Rng } from './names.ts';
import { makeTask, type UnitPools } from './generate-tasks.ts';

export interface GenerateOptions {
  scale: number;
  seed: number;
  /** The day deadlines are spread around (YYYY-MM-DD). */
  today: string;
  log?: (line: string) => void;
}

export interface Workspace {
  counts: Record<'units' | 'documents' | 'targets' | 'observations' | 'tasks' | 'taskUnits' | 'taskTargets' | 'reports', number>;
  /** A sở with its own units below it: the unit filter of the list benchmark. */
  so: { id: string; name: string };
  /** The Thành ủy, at the top of the tree. */
  root: { id: string; name: string };
  seconds: number;
}

type UnitRow = Insertable<Database['units']>;

/** Thành ủy → ban, văn phòng, UBND, HĐND, mặt trận, đảng bộ; UBND → sở (→ phòng) and xã/phường (→ thôn, tổ dân phố). */
function makeUnits(r: Rng, scale: number): { rows: UnitRow[]; pools: UnitPools } {
  const rows: UnitRow[] = [];
  const add = (code: string, name: string, kind: string, parent: string | null): string => {
    const id = `u${String(rows.length + 1).padStart(5, '0')}`;
    rows.push({ id, code, name, kind, parent_id: parent });
    return id;
  };
  const pools: UnitPools = { so: [], soChildren: [], xa: [], villages: [], ban: [], dangBo: [], matTran: [] };
  const root = add('TU', 'Thành ủy', 'thanh_uy', null);
  BAN_DANG.forEach((n, i) => pools.ban.push(add(`TU.B${i + 1}`, `${n} Thành ủy`, 'ban_dang', root)));
  add('TU.VP', 'Văn phòng Thành ủy', 'van_phong', root);
  add('HDND', 'Hội đồng nhân dân thành phố', 'hdnd', root);
  const ubnd = add('UBND', 'Ủy ban nhân dân thành phố', 'ubnd', root);
  const mttq = add('MT', MAT_TRAN[0]!, 'mat_tran', root);
  pools.matTran.push(mttq);
  MAT_TRAN.slice(1).forEach((n, i) => pools.matTran.push(add(`MT.${i + 1}`, n, 'mat_tran', mttq)));
  for (let i = 1; i <= 15; i++) pools.dangBo.push(add(`DB.${i}`, `Đảng bộ ${placeName(r)} ${i}`, 'dang_bo', root));
  SO_NGANH.forEach((n, i) => {
    const so = add(`S${String(i + 1).padStart(2, '0')}`, n, 'so_nganh', ubnd);
    pools.so.push(so);
    SO_CHILD.forEach((c, j) => pools.soChildren.push(add(`S${String(i + 1).padStart(2, '0')}.${j + 1}`, `${c} - ${n}`, 'khac', so)));
  });
  const nXa = Math.max(4, Math.round(160 * scale));
  for (let i = 1; i <= nXa; i++) {
    const phuong = r.chance(0.3);
    const xa = add(`X${String(i).padStart(3, '0')}`, `${phuong ? 'Phường' : 'Xã'} ${placeName(r)}`, phuong ? 'phuong' : 'xa', ubnd);
    pools.xa.push(xa);
    for (let j = 1; j <= 16; j++) pools.villages.push(add(`X${String(i).padStart(3, '0')}.${j}`, `${r.pick(VILLAGE)} ${j}`, 'khac', xa));
  }
  return { rows, pools };
}

/** The last `count` quarters ended before `today`, oldest first. */
function quarters(today: string, count: number): { code: string; start: string; end: string }[] {
  let y = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // the quarter before today's
  const out = [];
  for (let k = 0; k < count; k++) {
    if (q === 0) { y -= 1; q = 4; }
    const m1 = q * 3 - 2;
    const start = `${y}-${String(m1).padStart(2, '0')}-01`;
    out.push({ code: `${y}-Q${q}`, start, end: addDays(`${q === 4 ? y + 1 : y}-${String(q === 4 ? 1 : m1 + 3).padStart(2, '0')}-01`, -1) });
    q -= 1;
  }
  return out.reverse();
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function makeTargets(r: Rng, n: number, today: string, owners: string[]) {
  const targets: Insertable<Database['targets']>[] = [];
  const observations: Insertable<Database['observations']>[] = [];
  const qs = quarters(today, 40);
  for (let i = 1; i <= n; i++) {
    const kindIx = r.int(0, TARGET_KINDS.length - 1);
    const k = TARGET_KINDS[kindIx]!;
    const id = `c${String(i).padStart(4, '0')}`;
    const indicator = `bench.chi_tieu_${String(i).padStart(4, '0')}`;
    const [y1, y2] = r.chance(0.4) ? [2021, 2025] : r.chance(0.85) ? [2026, 2030] : [2026, 2026];
    const value = round(k.value[0] + r.next() * (k.value[1] - k.value[0]), 1);
    const higher = k.direction === 'higher';
    const baseline = k.measure === 'level' || k.measure === 'share' ? round(higher ? value * 0.7 : value * 1.8, 2) : null;
    const owner = r.chance(0.8) ? r.pick(owners) : null;
    targets.push({
      id, indicator, label: `${k.label} (${i})`, unit: k.unit,
      group_key: kindIx === 8 ? 'xay_dung_dang' : kindIx === 9 ? 'quoc_phong_an_ninh' : TARGET_GROUPS[1],
      direction: k.direction, comparator: higher ? '>=' : '<=', value, max: higher && r.chance(0.2) ? round(value * 1.1, 1) : null,
      period: y1 === y2 ? `${y1}` : `${y1}/${y2}`, period_start: `${y1}-01-01`, period_end: `${y2}-12-31`,
      baseline_value: baseline, baseline_period: baseline === null ? null : `${y1 - 1}`, measure: k.measure,
      owner_unit_id: owner, document_id: null, span_start: null, span_end: null, quote: null,
    });
    // How well this target goes: from well behind to ahead of its path.
    const pace = 0.6 + r.next() * 0.5;
    qs.forEach((p, j) => {
      const t = (j + 1) / qs.length;
      const noise = 1 + 0.03 * r.normal();
      const v = k.measure === 'growth' ? value * pace * noise
        : k.measure === 'cumulative' ? (value / 20) * pace * noise
        : baseline! + (value - baseline!) * t * pace * noise;
      observations.push({
        id: `${id}o${String(j).padStart(2, '0')}`, indicator, period: p.code, period_start: p.start, period_end: p.end,
        value: round(v, 2), unit: k.unit, standing: j === qs.length - 1 ? 'estimate' : j === qs.length - 2 ? 'preliminary' : 'official',
        unit_id: owner && r.chance(0.1) ? owner : null, entered_by: 'bench', document_id: null, span_start: null, span_end: null, quote: null,
      });
    });
  }
  return { targets, observations };
}

/** Multi-row INSERTs of at most `perStatement` rows, in one transaction. */
async function insertAll<T extends keyof Database & string>(db: Db, table: T, rows: Insertable<Database[T]>[], perStatement = 1000): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += perStatement) {
      await trx.insertInto(table).values(rows.slice(i, i + perStatement) as never).execute();
    }
  });
}

export async function generate(db: Db, o: GenerateOptions): Promise<Workspace> {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const r = rng(o.seed);
  const units = makeUnits(r, o.scale);
  await insertAll(db, 'units', units.rows, 2000);
  log(`units: ${units.rows.length}`);

  const documents = Array.from({ length: Math.max(5, Math.round(60 * o.scale)) }, (_, i) => ({
    id: `d${String(i + 1).padStart(4, '0')}`, kind: r.pick(['nghi_quyet', 'ket_luan', 'chi_thi', 'thong_bao', 'ke_hoach']),
    number: `${i + 1}-NQ/TU`, issued_on: addDays(o.today, -r.int(30, 1500)), issuer: 'Ban Thường vụ Thành ủy',
    title: `Văn bản số ${i + 1} về lãnh đạo thực hiện nhiệm vụ trọng tâm`, body: 'Nội dung văn bản (dữ liệu thử hiệu năng).',
  }));
  await insertAll(db, 'documents', documents);

  const { targets, observations } = makeTargets(r, Math.max(10, Math.round(300 * o.scale)), o.today, [...units.pools.so, ...units.pools.ban]);
  await insertAll(db, 'targets', targets);
  await insertAll(db, 'observations', observations, 2000);
  log(`targets: ${targets.length}, observations: ${observations.length}`);

  const nTasks = Math.max(100, Math.round(20_000 * o.scale));
  const targetIds = targets.map((t) => t.id!);
  const counts = { tasks: 0, taskUnits: 0, taskTargets: 0, reports: 0 };
  const CHUNK = 2000;
  for (let from = 1; from <= nTasks; from += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, nTasks - from + 1) }, (_, i) => makeTask(r, from + i, o.today, units.pools, documents.map((d) => d.id), targetIds));
    await insertAll(db, 'tasks', batch.map((b) => b.task), 1000);
    const tu = batch.flatMap((b) => b.coUnitIds.map((unit_id) => ({ task_id: b.task.id!, unit_id })));
    const tt = batch.flatMap((b) => b.targetIds.map((target_id) => ({ task_id: b.task.id!, target_id })));
    const reports = batch.flatMap((b) => b.reports);
    if (tu.length) await insertAll(db, 'task_units', tu, 5000);
    if (tt.length) await insertAll(db, 'task_targets', tt, 5000);
    await insertAll(db, 'task_reports', reports, 3000);
    counts.tasks += batch.length;
    counts.taskUnits += tu.length;
    counts.taskTargets += tt.length;
    counts.reports += reports.length;
    log(`tasks: ${counts.tasks}/${nTasks}, reports: ${counts.reports}`);
  }
  // The state stretches of every task (task_states), as the migration that added them writes them.
  const st0 = performance.now();
  await db.transaction().execute((trx) => rebuildAllTaskStates(trx));
  log(`task states: ${((performance.now() - st0) / 1000).toFixed(1)} s`);
  // The planner needs statistics; a server's autovacuum would gather them a little later.
  await sql`ANALYZE`.execute(db);

  const so = units.rows.find((u) => u.id === units.pools.so[4])!;
  return {
    counts: { units: units.rows.length, documents: documents.length, targets: targets.length, observations: observations.length, ...counts },
    so: { id: so.id!, name: so.name },
    root: { id: units.rows[0]!.id!, name: units.rows[0]!.name },
    seconds: (performance.now() - t0) / 1000,
  };
}

/**
 * Checks the stored state of `n` tasks against a fresh fold of their reports (what refreshState
 * would write); returns the ids that differ.
 */
export async function verifyStoredState(db: Db, n: number, seed: number): Promise<string[]> {
  const all = (await db.selectFrom('tasks').select('id').orderBy('id').execute()).map((x) => x.id);
  const r = rng(seed + 1);
  const bad: string[] = [];
  for (let i = 0; i < Math.min(n, all.length); i++) {
    const id = r.pick(all);
    const task = await getTask(db, id);
    const s = deriveTaskState(task, await listReports(db, id), '9999-12-31');
    const st = task.state;
    if (st.completedOn !== s.completedOn || st.deadline !== s.deadline || st.paused !== s.paused || st.progress !== (s.progress ?? 0)) bad.push(id);
  }
  return bad;
}

/** What an earlier run generated, read back from a kept database (`npm run bench -- --reuse`); null when empty. */
export async function describeWorkspace(db: Db): Promise<Workspace | null> {
  const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
  const root = await db.selectFrom('units').select(['id', 'name']).where('code', '=', 'TU').executeTakeFirst();
  const so = await db.selectFrom('units').select(['id', 'name']).where('kind', '=', 'so_nganh').orderBy('id').offset(4).limit(1).executeTakeFirst();
  if (!root || !so) return null;
  const counts = {
    units: await count('units'), documents: await count('documents'), targets: await count('targets'), observations: await count('observations'),
    tasks: await count('tasks'), taskUnits: await count('task_units'), taskTargets: await count('task_targets'), reports: await count('task_reports'),
  };
  return { counts, so, root, seconds: 0 };
}
