// The summary benchmark's table as Markdown, and its place in docs/benchmarks.md.
import type { Workspace } from './generate.ts';
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
  /** How the server answered during the load: kept and current, kept and older (slow answers), computed, shared. */
  answers: { fresh: number; stale: number; computed: number; shared: number };
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
    `${num(r.answers.computed)} / ${num(r.answers.shared)} / ${num(r.answers.stale)}`,
    num(r.idealLoad.rps),
  ]);
  const head = ['scale', 'units / tasks', 'answer gzip (JSON)', 'miss: median (max) ms', 'its SQL alone ms (statements)', 'hit, 1 conn.: median / p99 ms', 'ideal server ms', 'hit SQL alone ms (statements)', 'HTTP ÷ (ideal + SQL)', `${info.connections} conn. + ${info.writesPerSecond} writes/s: req/s`, 'under load: computed / shared / stale', `ideal, ${info.connections} conn.: req/s`];
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return [
    `Run ${info.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}; ${results[0]?.version ? `PostgreSQL ${results[0].version}` : ''};`,
    `as of ${info.asOf}; load ${info.seconds} s per row. **The machine was shared with four other engineers' builds and tests during the run**: figures are lower bounds of what it can do alone, and the load rows move by tens of percent between runs.`,
    '',
    table,
  ].join('\n');
}

export const writeSummaryResults = (path: string, markdown: string) => writeBlock(path, markdown, 'summary', 'Summary at scale');
