// Checks the demo workspace (demo/workspace.json and demo/documents/*.txt): every reference resolves,
// every quote is the exact slice of its document's text, ids are unique, dates and periods are
// well-formed, values are numbers. `checkWorkspace` returns the problems it finds; the last tests
// break a copy on purpose to show each check can fail.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '../src/domain/unit.ts';
import { DOCUMENT_KINDS } from '../src/domain/document.ts';
import { MEASURE_KINDS, TARGET_GROUPS } from '../src/domain/target.ts';
import { STANDINGS } from '../src/domain/observation.ts';
import { REPORT_KINDS } from '../src/domain/task.ts';
import { freshDb } from './support/db.ts';
import { writeTransaction } from '../src/db/tx.ts';
import { importWorkspace } from '../src/db/workspace.ts';
import { readDemoWorkspace } from '../src/cli/demo.ts';
import { computeSummary } from '../src/server/services/summary.ts';
import { systemActor } from '../src/domain/user.ts';
import type { SummaryResponse } from '../src/contract/summary.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(repoRoot, 'demo');
const lexiconPath = join(repoRoot, '..', 'shared', 'extraction', 'indicators.tsv');

type Json = Record<string, any>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;

export function isDate(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Period codes: `2025`, `2026/2030`, `2025-01/2025-06`, `2025-Q3`, `2025-H1`, `2025-07-09`. */
export function isPeriod(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-Q[1-4]$/.test(s) || /^\d{4}-H[12]$/.test(s)) return true;
  if (isDate(s)) return true;
  let m = /^(\d{4})\/(\d{4})$/.exec(s);
  if (m) return Number(m[1]) < Number(m[2]);
  m = /^(\d{4})-(0[1-9]|1[0-2])\/(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return `${m[1]}-${m[2]}` <= `${m[3]}-${m[4]}`;
  return false;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export function checkWorkspace(ws: Json, textOf: (textFile: string) => string | null, lexicon: Set<string> | null): string[] {
  const errs: string[] = [];
  const err = (m: string) => errs.push(m);
  if (ws.format !== 'haidang-workspace') err(`format is ${ws.format}`);
  if (ws.version !== 1) err(`version is ${ws.version}`);
  for (const key of ['units', 'documents', 'targets', 'observations', 'tasks', 'reports']) {
    if (!Array.isArray(ws[key])) err(`${key} is not an array`);
  }
  if (errs.length) return errs;

  const index = (key: string): Map<string, Json> => {
    const map = new Map<string, Json>();
    for (const e of ws[key] as Json[]) {
      if (typeof e.id !== 'string' || !ID.test(e.id)) err(`${key}: bad id ${JSON.stringify(e.id)}`);
      else if (map.has(e.id)) err(`${key}: duplicate id ${e.id}`);
      else map.set(e.id, e);
    }
    return map;
  };
  const units = index('units');
  const documents = index('documents');
  const targets = index('targets');
  index('observations');
  const tasks = index('tasks');
  index('reports');

  const texts = new Map<string, string>();
  const refUnit = (where: string, id: unknown, nullable: boolean) => {
    if (id === null && nullable) return;
    if (typeof id !== 'string' || !units.has(id)) err(`${where}: unknown unit ${JSON.stringify(id)}`);
  };
  const checkSource = (where: string, s: Json | undefined) => {
    if (!s || typeof s !== 'object') return err(`${where}: no source`);
    const text = texts.get(s.documentId);
    if (text === undefined) return err(`${where}: unknown document ${JSON.stringify(s.documentId)}`);
    const span = s.span;
    if (!Array.isArray(span) || span.length !== 2 || !span.every(Number.isInteger)) return err(`${where}: bad span`);
    const [a, b] = span as [number, number];
    if (a < 0 || b <= a || b > text.length) return err(`${where}: span [${a}, ${b}] out of the text (${text.length})`);
    if (text.slice(a, b) !== s.quote) err(`${where}: quote differs from text.slice(${a}, ${b}): ${JSON.stringify(text.slice(a, b))}`);
  };
  const checkIndicator = (where: string, key: unknown) => {
    if (!isStr(key)) return err(`${where}: no indicator`);
    if (lexicon && !lexicon.has(key)) err(`${where}: indicator ${key} is not in indicators.tsv`);
  };

  // Units: codes unique and upper-case, parents resolve, no cycles.
  const codes = new Set<string>();
  for (const u of units.values()) {
    if (!isStr(u.code) || !CODE.test(u.code)) err(`unit ${u.id}: bad code ${u.code}`);
    else if (codes.has(u.code)) err(`unit ${u.id}: duplicate code ${u.code}`);
    else codes.add(u.code);
    if (!isStr(u.name)) err(`unit ${u.id}: no name`);
    if (!(UNIT_KINDS as readonly string[]).includes(u.kind)) err(`unit ${u.id}: bad kind ${u.kind}`);
    refUnit(`unit ${u.id} parent`, u.parentId, true);
  }
  for (const u of units.values()) {
    const seen = new Set<string>();
    let cur: Json | undefined = u;
    while (cur && cur.parentId !== null) {
      if (seen.has(cur.id)) {
        err(`unit ${u.id}: cycle in parents`);
        break;
      }
      seen.add(cur.id);
      cur = units.get(cur.parentId);
    }
  }

  // Documents and their texts.
  for (const d of documents.values()) {
    if (!(DOCUMENT_KINDS as readonly string[]).includes(d.kind)) err(`document ${d.id}: bad kind ${d.kind}`);
    if (d.number !== null && !isStr(d.number)) err(`document ${d.id}: bad number`);
    if (!isDate(d.issuedOn)) err(`document ${d.id}: bad issuedOn ${d.issuedOn}`);
    if (!isStr(d.issuer) || !isStr(d.title)) err(`document ${d.id}: no issuer or title`);
    if (d.textFile !== `documents/${d.id}.txt`) err(`document ${d.id}: textFile ${d.textFile}`);
    const text = typeof d.textFile === 'string' ? textOf(d.textFile) : null;
    if (text === null) err(`document ${d.id}: text file missing`);
    else texts.set(d.id, text);
  }

  for (const t of targets.values()) {
    const w = `target ${t.id}`;
    checkIndicator(w, t.indicator);
    if (!isStr(t.label) || !isStr(t.unit)) err(`${w}: no label or unit`);
    if (!(TARGET_GROUPS as readonly string[]).includes(t.group)) err(`${w}: bad group ${t.group}`);
    if (!['higher', 'lower'].includes(t.direction)) err(`${w}: bad direction ${t.direction}`);
    if (!['>=', '>', '<=', '<', '='].includes(t.comparator)) err(`${w}: bad comparator ${t.comparator}`);
    if (!isNum(t.value)) err(`${w}: value not a number`);
    if (t.max !== null && !(isNum(t.max) && isNum(t.value) && t.max > t.value)) err(`${w}: bad max ${t.max}`);
    if (!isPeriod(t.period)) err(`${w}: bad period ${t.period}`);
    if ((t.baselineValue === null) !== (t.baselinePeriod === null)) err(`${w}: baseline value and period go together`);
    if (t.baselineValue !== null && !isNum(t.baselineValue)) err(`${w}: baseline not a number`);
    if (t.baselinePeriod !== null && !isPeriod(t.baselinePeriod)) err(`${w}: bad baseline period ${t.baselinePeriod}`);
    if (!(MEASURE_KINDS as readonly string[]).includes(t.measure)) err(`${w}: bad measure ${t.measure}`);
    refUnit(`${w} owner`, t.ownerUnitId, true);
    checkSource(w, t.source);
  }

  for (const o of ws.observations as Json[]) {
    const w = `observation ${o.id}`;
    checkIndicator(w, o.indicator);
    if (!isPeriod(o.period)) err(`${w}: bad period ${o.period}`);
    if (!isNum(o.value)) err(`${w}: value not a number`);
    if (!isStr(o.unit)) err(`${w}: no unit`);
    if (!(STANDINGS as readonly string[]).includes(o.standing)) err(`${w}: bad standing ${o.standing}`);
    refUnit(`${w} unit`, o.unitId, true);
    checkSource(w, o.source);
  }

  for (const t of tasks.values()) {
    const w = `task ${t.id}`;
    if (!isStr(t.title)) err(`${w}: no title`);
    refUnit(`${w} lead`, t.leadUnitId, false);
    if (!Array.isArray(t.coUnitIds)) err(`${w}: coUnitIds not an array`);
    else for (const c of t.coUnitIds) refUnit(`${w} co-unit`, c, false);
    if (Array.isArray(t.coUnitIds) && t.coUnitIds.includes(t.leadUnitId)) err(`${w}: lead unit also a co-unit`);
    if (t.personInCharge !== null && !isStr(t.personInCharge)) err(`${w}: bad personInCharge`);
    if (!isStr(t.authority)) err(`${w}: no authority`);
    if (t.product !== null && !isStr(t.product)) err(`${w}: bad product`);
    if (!isDate(t.assignedOn)) err(`${w}: bad assignedOn ${t.assignedOn}`);
    if (t.deadline !== null && !isDate(t.deadline)) err(`${w}: bad deadline ${t.deadline}`);
    if (t.latest !== null && !isDate(t.latest)) err(`${w}: bad latest ${t.latest}`);
    if (isDate(t.deadline) && t.deadline < t.assignedOn) err(`${w}: deadline before assignment`);
    if (t.latest !== null && (t.deadline === null || t.latest < t.deadline)) err(`${w}: latest before deadline`);
    if (typeof t.recurring !== 'boolean') err(`${w}: recurring not a boolean`);
    if (t.parentId !== null && (!tasks.has(t.parentId) || t.parentId === t.id)) err(`${w}: unknown parent task ${t.parentId}`);
    if (!Array.isArray(t.targetIds)) err(`${w}: targetIds not an array`);
    else for (const id of t.targetIds) if (!targets.has(id)) err(`${w}: unknown target ${id}`);
    checkSource(w, t.source);
    const doc = documents.get(t.source?.documentId);
    if (doc && isDate(t.assignedOn) && t.assignedOn !== doc.issuedOn) err(`${w}: assignedOn differs from its document's date`);
  }

  for (const r of ws.reports as Json[]) {
    const w = `report ${r.id}`;
    const task = tasks.get(r.taskId);
    if (!task) err(`${w}: unknown task ${r.taskId}`);
    if (!(REPORT_KINDS as readonly string[]).includes(r.kind)) err(`${w}: bad kind ${r.kind}`);
    if (!isDate(r.reportedOn)) err(`${w}: bad reportedOn ${r.reportedOn}`);
    else if (task && r.reportedOn < task.assignedOn) err(`${w}: reported before the task was assigned`);
    if (r.progress !== null && !(isNum(r.progress) && r.progress >= 0 && r.progress <= 100)) err(`${w}: bad progress ${r.progress}`);
    if (!isStr(r.text)) err(`${w}: no text`);
    else if (!r.text.includes('(dữ liệu minh họa)')) err(`${w}: not marked as illustrative`);
    if (r.newDeadline !== null && !isDate(r.newDeadline)) err(`${w}: bad newDeadline ${r.newDeadline}`);
    if (r.kind === 'extension_request' && r.newDeadline === null) err(`${w}: extension request without a new deadline`);
    if (r.kind === 'extension_decision' && typeof r.approved !== 'boolean') err(`${w}: extension decision without approved`);
    if (r.kind === 'extension_decision' && r.approved === true && r.newDeadline === null) err(`${w}: approved extension without a new deadline`);
    if (r.kind !== 'extension_decision' && r.approved !== null) err(`${w}: approved set on a ${r.kind} report`);
    if (r.authorId !== null) err(`${w}: authorId should be null in the demo`);
  }
  return errs;
}

function loadLexicon(): Set<string> | null {
  if (!existsSync(lexiconPath)) return null;
  const lines = readFileSync(lexiconPath, 'utf8').split('\n').slice(1);
  return new Set(lines.map((l) => l.split('\t')[0]!.trim()).filter(Boolean));
}

const readDemoText = (textFile: string): string | null => {
  const p = join(demoDir, textFile);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
};
const workspace = (): Json => JSON.parse(readFileSync(join(demoDir, 'workspace.json'), 'utf8'));

describe('demo workspace', () => {
  const ws = workspace();
  const lexicon = loadLexicon();

  it('passes every check', () => {
    expect(checkWorkspace(ws, readDemoText, lexicon)).toEqual([]);
  });

  it('holds the congress targets, the 2024-2025 figures and the 2025 directives', () => {
    expect(ws.units.length).toBeGreaterThanOrEqual(20);
    expect(ws.documents).toHaveLength(3);
    expect(ws.targets.length).toBeGreaterThanOrEqual(50);
    expect(ws.observations.length).toBeGreaterThanOrEqual(10);
    expect(ws.tasks.length).toBeGreaterThanOrEqual(10);
    const groups = new Set(ws.targets.map((t: Json) => t.group));
    expect([...groups].sort()).toEqual([...TARGET_GROUPS].sort());
    const grdp = ws.targets.find((t: Json) => t.indicator === 'grdp.growth' && t.period === '2026/2030');
    expect(grdp).toMatchObject({ value: 13, max: 14, comparator: '>=', measure: 'growth', baselineValue: 11.39 });
    expect(ws.targets.find((t: Json) => t.indicator === 'grdp.growth' && t.period === '2025')?.value).toBe(12.35);
    expect(ws.units.filter((u: Json) => u.parentId === null).map((u: Json) => u.code)).toContain('TU');
  });

  it('keeps the report kinds varied (completion, extension, pause)', () => {
    const kinds = new Set(ws.reports.map((r: Json) => r.kind));
    for (const k of ['progress', 'complete', 'extension_request', 'extension_decision', 'pause']) expect(kinds).toContain(k);
  });

  it.skipIf(!lexicon)('uses only indicator keys of the shared lexicon', () => {
    for (const e of [...ws.targets, ...ws.observations]) expect(lexicon!.has(e.indicator), e.id).toBe(true);
  });

  it('copies the document texts byte for byte from the corpus, where the corpus is at hand', () => {
    const corpus = join(repoRoot, '..', 'shared', 'corpus', 'dev');
    const origin: Record<string, string> = {
      'bc-2025-07-12-hoi-nghi-thanh-uy': '000_c4c693a251bdcd4d.txt',
      'bc-2024-11-14-tong-bi-thu-lam-viec': '002_cb316f992b48b7a0.txt',
      'tb-2025-09-27-dai-hoi-dang-bo': '004_a5a578a4b8df2a53.txt',
    };
    for (const [id, file] of Object.entries(origin)) {
      const mine = readFileSync(join(demoDir, 'documents', `${id}.txt`));
      const src = join(corpus, file);
      if (existsSync(src)) expect(mine.equals(readFileSync(src)), id).toBe(true);
    }
  });
});

describe('checkWorkspace finds broken data', () => {
  const lexicon = loadLexicon();
  const broken = (mutate: (ws: Json) => void): string[] => {
    const ws = workspace();
    mutate(ws);
    return checkWorkspace(ws, readDemoText, lexicon);
  };
  const cases: [string, (ws: Json) => void, RegExp][] = [
    ['a quote shifted by one', (ws) => { ws.targets[0].source.span[0] += 1; }, /quote differs/],
    ['a span past the end', (ws) => { ws.observations[0].source.span = [0, 10_000_000]; }, /out of the text/],
    ['an unknown document', (ws) => { ws.tasks[0].source.documentId = 'nope'; }, /unknown document/],
    ['a duplicate id', (ws) => { ws.targets[1].id = ws.targets[0].id; }, /duplicate id/],
    ['an unknown parent unit', (ws) => { ws.units[1].parentId = 'nope'; }, /unknown unit/],
    ['a cycle of units', (ws) => { ws.units[0].parentId = ws.units[1].id; }, /cycle/],
    ['an unknown owner', (ws) => { ws.targets[0].ownerUnitId = 'nope'; }, /owner: unknown unit/],
    ['an unknown lead unit', (ws) => { ws.tasks[0].leadUnitId = 'nope'; }, /lead: unknown unit/],
    ['an unknown task in a report', (ws) => { ws.reports[0].taskId = 'nope'; }, /unknown task/],
    ['an unknown linked target', (ws) => { ws.tasks[0].targetIds = ['nope']; }, /unknown target/],
    ['a bad date', (ws) => { ws.tasks[0].deadline = '2025-02-30'; }, /bad deadline/],
    ['a bad period', (ws) => { ws.targets[0].period = '2030/2026'; }, /bad period/],
    ['a value as a string', (ws) => { ws.observations[0].value = '11,28'; }, /value not a number/],
    ['a bad enum', (ws) => { ws.observations[0].standing = 'guess'; }, /bad standing/],
    ['an unmarked report', (ws) => { ws.reports[0].text = 'Đã xong.'; }, /illustrative/],
  ];
  it.each(cases)('%s', (_name, mutate, pattern) => {
    const errs = broken(mutate);
    expect(errs.some((e) => pattern.test(e)), errs.join('\n')).toBe(true);
  });
});

// The seeds' story: the congress notice says the old city ended its 2020–2025 term with "13/20 chỉ tiêu
// đạt và vượt, 07/20 chưa đạt"; the demo holds those 20 targets and their end-of-term figures, so the
// dashboard says it from the data, beside the 2025–2030 term that has only begun.
describe('the dashboard tells the seeds\' story', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let summary: Omit<SummaryResponse, 'computedAt'>;
  beforeAll(async () => {
    db = await freshDb();
    await writeTransaction(db.db, (trx) => importWorkspace(trx, readDemoWorkspace(), 'demo'));
    summary = await computeSummary(db.db, systemActor('system'), { asOf: '2026-03-31', dueSoonDays: 14 });
  });
  afterAll(async () => db?.close());

  it('holds the twenty targets of 2020–2025, each with its end-of-term figure', () => {
    const ws = workspace();
    const old = ws.targets.filter((t: Json) => t.period === '2020/2025');
    expect(old).toHaveLength(20);
    for (const t of old) expect(t.source.quote).toContain('13/20 chỉ tiêu đạt');
    // Written for the demo where the notice gives no figure, and said so in the file.
    expect(ws.comment).toMatch(/giả định hợp lý/);
  });

  it('reads "13/20 chỉ tiêu đạt" for the term 2020–2025, from the data', () => {
    const term = summary.targets.terms.find((r) => r.term === '2020/2025');
    expect(term).toMatchObject({ label: 'Nhiệm kỳ 2020–2025', total: 20, assessed: 20, achieved: 13, headlineVi: '13/20 chỉ tiêu đạt' });
    expect(term!.counts.no_data).toBe(0);
  });

  it('puts the 2025–2030 term first, with its own targets only', () => {
    expect(summary.targets.terms.map((r) => r.term)).toEqual(['2025/2030', '2020/2025']);
    const now = summary.targets.terms[0]!;
    const ws = workspace();
    // The congress's targets over the term or for 2030; not the 2025 plan, not the 2027 and 2028 milestones.
    const expected = ws.targets.filter((t: Json) => ['2025/2030', '2026/2030', '2030'].includes(t.period)).length;
    expect(now.total).toBe(expected);
    expect(now.achieved).toBeLessThan(now.total);
  });

  it('leaves the 2025–2030 targets as they were: the old city\'s figures are its own', async () => {
    const ws = readDemoWorkspace() as Json;
    ws.targets = ws.targets.filter((t: Json) => !t.id.startsWith('ct-2020-2025-'));
    ws.observations = ws.observations.filter((o: Json) => !o.id.startsWith('sl-2020-2025-') || !o.comment);
    const without = await freshDb();
    try {
      await writeTransaction(without.db, (trx) => importWorkspace(trx, ws, 'demo'));
      const before = await computeSummary(without.db, systemActor('system'), { asOf: '2026-03-31', dueSoonDays: 14 });
      expect(before.targets.terms.map((r) => r.term)).toEqual(['2025/2030']);
      expect(summary.targets.terms[0]).toEqual(before.targets.terms[0]);
    } finally {
      await without.close();
    }
  });
});
