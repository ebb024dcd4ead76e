// The CLI's long answers read through a pipe by another program arrive whole (not cut at the pipe's 64 KiB).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
const FIXTURES = resolve(import.meta.dirname, 'fixtures/extraction');

// The reader starts reading late, so the writer's pipe fills and the rest of the answer waits in
// the writer's process: exactly what an early exit used to drop.
const SLOW_READER = `setTimeout(() => { const c = []; process.stdin.on('data', (d) => c.push(d)).on('end', () => {
  const s = Buffer.concat(c).toString('utf8'); const x = JSON.parse(s); console.log(JSON.stringify({ bytes: Buffer.byteLength(s), figures: x.facts.length })); }); }, 500);`;

describe('haidang extract --json | another program', () => {
  it('delivers the whole JSON answer, well past 128 KiB, and it parses', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'haidang-pipe-'));
    const file = join(dir, 'long.txt');
    // Every fixture document in one: the extractor dedupes repeated sentences, so variety makes it long.
    writeFileSync(file, readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(FIXTURES, f), 'utf8')).join('\n\n'));
    writeFileSync(join(dir, 'reader.cjs'), SLOW_READER);
    const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
    const r = spawnSync('sh', ['-c', `${q(process.execPath)} ${q(BIN)} extract ${q(file)} --json | ${q(process.execPath)} ${q(join(dir, 'reader.cjs'))}`], {
      encoding: 'utf8', timeout: 110_000, env: { ...process.env, HAIDANG_EMPTY: '' },
    });
    expect(r.stderr).toBe('');
    const seen = JSON.parse(r.stdout) as { bytes: number; figures: number };
    expect(seen.bytes).toBeGreaterThan(256 * 1024);
    expect(seen.figures).toBeGreaterThan(500);
  });
});
