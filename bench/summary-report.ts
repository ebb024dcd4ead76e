// The summary benchmark's table as Markdown, and its place in docs/benchmarks.md.
import type { Workspace } from './generate.ts';
import { availableParallelism } from 'node:os';
import { machine, writeBlock } from './report.ts';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  statuses: Record<string, number>;
  meanBytes: number;
  writes: { done: number; perSecond: number; failed: number; failedStatuses: number[] };
}

export interface ScaleResult {
  scale: number;
  version: string;
  workspace: Workspace;
  bytes: { gzip: number; json: number };
  /** A request after a write: computed, encoded and kept. */
  miss: { median: number; max: number; n: number; statements: number; sqlAlone: number };
  /** A request while the kept answer holds, one connection. */
  hit: { median: number; p99: number; statements: number; sqlAlone: number; ideal: number };
  load: LoadResult;
  idealLoad: LoadResult;
  /** How the server answered during the load: kept and current, kept and older (slow answers), computed, shared; and how many kept ones before the framework. */
  answers: { fresh: number; stale: number; computed: number; shared: number; front: number };
  /** The machine's 1-minute load average when the scale's measuring began and when it ended. */
  loadAverage: [number, number];
}

export interface SummaryRunInfo {
  date: Date;
  asOf: string;
  seconds: number;
  connections: number;
  writesPerSecond: number;
}

// Vietnamese style, as the rest of the project writes numbers: 1.845 and 11,28.
const num = (x: number, digits = 0) => x.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x: number | null) => (x === null ? '—' : num(x, x >= 100 ? 0 : x >= 10 ? 1 : 2));
const kb = (bytes: number) => `${num(bytes / 1024, bytes >= 100 * 1024 ? 0 : 1)} KB`;

export function renderSummaryRun(info: SummaryRunInfo, results: ScaleResult[]): string {
  const L = (r: ScaleResult) => `${num(r.load.rps)} (p50 ${ms(r.load.p50)}, p99 ${ms(r.load.p99)}; ${num(r.load.writes.perSecond, 1)} writes/s${r.load.writes.failed ? `, ${r.load.writes.failed} failed` : ''})`;
  const other = (r: ScaleResult) => Object.entries(r.load.statuses).filter(([s]) => s !== '200').map(([s, n]) => `${n}×${s}`).join(', ');
  const rows = results.map((r) => [
    num(r.scale, r.scale < 1 ? 1 : 0),
    `${num(r.workspace.counts.units)} / ${num(r.workspace.counts.tasks)}`,
    `${kb(r.bytes.gzip)} (${kb(r.bytes.json)})`,
    `${ms(r.miss.median)} (max ${ms(r.miss.max)})`,
    `${ms(r.miss.sqlAlone)} (${r.miss.statements})`,
    `${ms(r.hit.median)} / ${ms(r.hit.p99)}`,
    ms(r.hit.ideal),
    `${ms(r.hit.sqlAlone)} (${r.hit.statements})`,
    num(r.hit.median / (r.hit.ideal + r.hit.sqlAlone), 2),
    L(r) + (other(r) ? `; ${other(r)}` : ''),
    `${num(r.answers.computed)} / ${num(r.answers.shared)} / ${num(r.answers.stale)} / ${num(r.answers.front ?? 0)}`,
    num(r.idealLoad.rps),
    `${num(r.loadAverage[0], 1)} → ${num(r.loadAverage[1], 1)}`,
  ]);
  const head = ['scale', 'units / tasks', 'answer gzip (JSON)', 'miss: median (max) ms', 'its SQL alone ms (statements)', 'hit, 1 conn.: median / p99 ms', 'ideal server ms', 'hit SQL alone ms (statements)', 'HTTP ÷ (ideal + SQL)', `${info.connections} conn. + ${info.writesPerSecond} writes/s: req/s`, 'under load: computed / shared / stale / before Hono', `ideal, ${info.connections} conn.: req/s`, 'load average (1 min)'];
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return [
    `Run ${info.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; ${results[0]?.version ? `PostgreSQL ${results[0].version}` : ''};`,
    `as of ${info.asOf}; load ${info.seconds} s per row. ${loadSentence(results)}`,
    '',
    table,
  ].join('\n');
}

export const writeSummaryResults = (path: string, markdown: string) => writeBlock(path, markdown, 'summary', 'Summary at scale');

/** What the machine was doing, from its load average: a busy machine's figures are lower bounds. */
function loadSentence(results: ScaleResult[]): string {
  const all = results.flatMap((r) => r.loadAverage);
  if (all.length === 0) return '';
  const cores = availableParallelism();
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  const range = `${num(lo, 1)}–${num(hi, 1)} on ${cores} cores`;
  return hi > cores
    ? `**Load average ${range}: the machine was busy with other work during the run**, so the figures are lower bounds of what it does alone.`
    : `Load average ${range}: the machine was otherwise quiet.`;
}

/** The goals of issue 16 against this run's figures: met, not met, or not measured (scale absent). */
export function renderGoals(results: ScaleResult[], connections: number): string {
  const at = (scale: number) => results.find((r) => r.scale === scale);
  const one = at(1);
  const thirty = at(30);
  const mark = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'NOT met');
  const lines: [string, string, boolean | null][] = [
    ['scale 1: hit median < 50 ms, p99 < 150 ms', one ? `${ms(one.hit.median)} / ${ms(one.hit.p99)} ms` : '—', one ? one.hit.median < 50 && one.hit.p99 < 150 : null],
    [`scale 1: ≥ 1.000 req/s over ${connections} connections with writes`, one ? `${num(one.load.rps)} req/s (${num(one.load.writes.perSecond, 1)} writes/s)` : '—', one ? one.load.rps >= 1000 : null],
    ['scale 1: HTTP ≤ 1,5 × (ideal + SQL)', one ? num(one.hit.median / (one.hit.ideal + one.hit.sqlAlone), 2) : '—', one ? one.hit.median / (one.hit.ideal + one.hit.sqlAlone) <= 1.5 : null],
    ['scale 30: a miss < 500 ms', thirty ? `${ms(thirty.miss.median)} ms (max ${ms(thirty.miss.max)})` : '—', thirty ? thirty.miss.median < 500 : null],
  ];
  return ['Goals (issue 16):', ...lines.map(([goal, figure, ok]) => `- ${goal}: ${figure} — ${mark(ok)}`)].join('\n');
}
