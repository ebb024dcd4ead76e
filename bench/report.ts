// The benchmark's results as Markdown, and their place in docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Workspace } from './generate.ts';
import type { Load, Timing } from './measure.ts';
import type { Step } from './breakdown.ts';

export interface CaseResult {
  name: string;
  path: string;
  bytes: number;
  http: Timing;
  dbCalls: Timing;
  bare: Timing;
  bareLabel: string;
  load: Load;
}

export interface BackendResult {
  backend: string;
  version: string;
  workspace: Workspace;
  mismatches: number;
  cases: CaseResult[];
  steps: Step[];
  plans: { label: string; plan: string }[];
}

export interface RunInfo {
  date: string;
  asOf: string;
  scale: number;
  seed: number;
  calls: number;
  connections: number;
  seconds: number;
}

export function machine(): string {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux: os.cpus() names it */
  }
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const int = (x: number) => x.toLocaleString('en-US');

export function render(info: RunInfo, results: BackendResult[]): string {
  const out: string[] = [];
  const w = results[0]?.workspace.counts;
  out.push(`Run of ${info.date} on ${machine()}.`, '');
  if (w) {
    out.push(
      `Data (scale ${info.scale}, seed ${info.seed}, deadlines around ${info.asOf}): ${int(w.units)} units, ${int(w.targets)} targets, ` +
        `${int(w.observations)} observations, ${int(w.tasks)} tasks (${int(w.taskUnits)} co-ordinating links), ${int(w.reports)} reports, ${int(w.documents)} documents.`,
      '',
    );
  }
  out.push(
    `Sequential: median and p99 of ${info.calls} calls after a warm-up. Load: autocannon, ${info.connections} connections, ${info.seconds} s, in a child process.`,
    '',
    '| Database | Request | HTTP median ms | HTTP p99 ms | Node CPU per request ms | req/s under load | p99 under load ms | src/db calls median ms | bare SQL median ms | HTTP ÷ SQL | response |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const b of results) {
    for (const c of b.cases) {
      const failed = c.load.errors + c.load.non2xx > 0 ? ` (${c.load.errors + c.load.non2xx} failed)` : '';
      out.push(
        `| ${b.backend} | ${c.name} | ${ms(c.http.median)} | ${ms(c.http.p99)} | ${ms(c.http.cpu)} | ${c.load.requestsPerSec.toFixed(1)}${failed} | ${ms(c.load.latencyP99)} | ` +
          `${ms(c.dbCalls.median)} | ${ms(c.bare.median)} | ${(c.http.median / c.bare.median).toFixed(1)} | ${(c.bytes / 1024).toFixed(0)} KB |`,
      );
    }
  }
  out.push('', 'Bare SQL, per request: ' + (results[0]?.cases.map((c) => `${c.name} → ${c.bareLabel}`).join('; ') ?? '') + '.', '');
  out.push('The summary replayed step by step (bench/breakdown.ts), median wall ms / Node CPU ms of each step:', '');
  out.push(`| Step | ${results.map((b) => b.backend).join(' | ')} |`, `| --- | ${results.map(() => '---:').join(' | ')} |`);
  for (const [i, s] of (results[0]?.steps ?? []).entries()) {
    out.push(`| ${s.label} | ${results.map((b) => (b.steps[i] ? `${ms(b.steps[i].wall)} / ${ms(b.steps[i].cpu)}` : '')).join(' | ')} |`);
  }
  const sum = (b: BackendResult, k: 'wall' | 'cpu') => b.steps.reduce((a, s) => a + s[k], 0);
  out.push(`| **sum** | ${results.map((b) => `**${ms(sum(b, 'wall'))} / ${ms(sum(b, 'cpu'))}**`).join(' | ')} |`);
  out.push('');
  for (const b of results) {
    out.push(`${b.backend}: ${b.version}; workspace generated in ${b.workspace.seconds.toFixed(1)} s; stored task state checked against deriveTaskState on a sample: ${b.mismatches} mismatches.`, '');
  }
  for (const b of results) {
    for (const p of b.plans) {
      out.push(`<details><summary>${b.backend}: EXPLAIN ANALYZE, ${p.label}</summary>`, '', '```', p.plan, '```', '', '</details>', '');
    }
  }
  return out.join('\n');
}

/** Replaces the block between `<!-- bench:NAME:start -->` and its end marker (appended under `heading` when missing). */
export function writeBlock(path: string, markdown: string, name: string, heading: string): void {
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const block = `${start}\n${markdown}\n${end}`;
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const a = doc.indexOf(start);
  const z = doc.indexOf(end);
  const next = a >= 0 && z > a ? doc.slice(0, a) + block + doc.slice(z + end.length) : `${doc.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  writeFileSync(path, next);
}

/** The list benchmark's results (bench/lists.ts). */
export const writeResults = (path: string, markdown: string) => writeBlock(path, markdown, 'results', 'Results');
