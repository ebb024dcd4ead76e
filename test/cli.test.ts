// The `haidang` command as a user runs it: exit codes, one-line errors, the audit chain check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { scratchDatabase } from './support/db.ts';
import { openDb } from '../src/db/connection.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;

function haidang(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...scratch.env, HAIDANG_EMPTY: '' },
    input,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  scratch = await scratchDatabase();
});
afterAll(async () => scratch?.drop());

describe('haidang CLI', () => {
  it('prints usage and refuses an unknown command with exit code 2', () => {
    const r = haidang(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an import that is not JSON, with one line and a non-zero code', () => {
    const r = haidang(['import'], '{ not json');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('haidang: import: the input is not JSON');
  });

  it('loads the demo, exports it, and a second import into the same database is refused', { timeout: 240_000 }, () => {
    expect(haidang(['demo']).code).toBe(0);
    const exported = haidang(['export']);
    expect(exported.code).toBe(0);
    const ws = JSON.parse(exported.out);
    expect(ws.targets.length).toBeGreaterThan(20);
    const file = join(mkdtempSync(join(tmpdir(), 'haidang-ws-')), 'ws.json');
    writeFileSync(file, exported.out);
    const again = haidang(['import', file]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds data/);
  });

  it('verifies the audit chain, and detects a row edited in the database', async () => {
    expect(haidang(['audit', 'verify'])).toMatchObject({ code: 0 });
    // Edit the trail behind the application's back.
    if (scratch.env.DATABASE_URL) {
      const c = new pg.Client({ connectionString: scratch.env.DATABASE_URL });
      await c.connect();
      await c.query(`UPDATE audit_log SET actor = 'mallory' WHERE seq = (SELECT min(seq) FROM audit_log)`);
      await c.end();
    } else {
      const h = await openDb({ dataDir: scratch.env.DATA_DIR });
      await h.db.updateTable('audit_log').set({ actor: 'mallory' }).execute();
      await h.close();
    }
    const r = haidang(['audit', 'verify']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/BROKEN at entry/);
  });
});
