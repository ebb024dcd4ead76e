// The `haidang` command as a user runs it: exit codes, one-line errors, the audit chain check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from './support/db.ts';
import { openDb, type Db } from '../src/db/connection.ts';
import { auditHash, GENESIS_HASH, normaliseJson } from '../src/db/audit.ts';

const BIN = resolve(import.meta.dirname, '../bin/haidang.js');
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;

function haidang(args: string[], input?: string, lang = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    // DATA_DIR holds the audit key also when the database is a PostgreSQL server.
    env: { ...process.env, DATA_DIR: keyDir(), ...scratch.env, HAIDANG_EMPTY: '', HAIDANG_LANG: lang },
    input,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let keyFolder: string | null = null;
const keyDir = () => scratch.env.DATA_DIR ?? (keyFolder ??= mkdtempSync(join(tmpdir(), 'haidang-key-')));

/** The database the CLI uses, opened directly (the CLI has ended, so a PGlite folder is free). */
async function withDatabase(fn: (db: Db) => Promise<void>) {
  const h = await openDb(scratch.env.DATABASE_URL ? { databaseUrl: scratch.env.DATABASE_URL } : { dataDir: scratch.env.DATA_DIR });
  try {
    await fn(h.db);
  } finally {
    await h.close();
  }
}

beforeAll(async () => {
  scratch = await scratchDatabase();
});
afterAll(async () => scratch?.drop());

describe('haidang CLI', () => {
  // An unknown command (exit 2), a refused import (exit 1): one language a line, Vietnamese unless HAIDANG_LANG=en; the exit code is the same in both.
  it.each([
    ['', ['frobnicate'], undefined, 2, 'haidang: không có lệnh "frobnicate"; xem haidang help'],
    ['en', ['frobnicate'], undefined, 2, 'haidang: unknown command "frobnicate" (see haidang help)'],
    ['', ['import'], '{ not json', 1, 'haidang: import: dữ liệu vào không phải JSON'],
    ['en', ['import'], '{ not json', 1, 'haidang: import: the input is not JSON'],
    ['en', ['audit', 'verify', '--head', 'x'], undefined, 1, 'haidang: audit verify: --head SEQ:HASH, or --against FILE with a line `head SEQ:HASH`'],
  ] as const)('HAIDANG_LANG=%j: refuses %j with one line and its exit code', (lang, args, input, code, line) => {
    const r = haidang([...args], input, lang);
    expect(r.code).toBe(code);
    expect(r.err.trim()).toBe(line);
  });

  it('prints the help with HAIDANG_LANG named in it', () => {
    const r = haidang(['help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}HAIDANG_LANG=en +messages and errors in English \(Vietnamese when unset\)$/m);
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
    expect(again.err).toMatch(/^haidang: workspace: cơ sở dữ liệu đã có dữ liệu/);
  }); // three CLI runs over the whole demo: slow on a loaded machine (its timeout above), and no timing is asserted

  it('refuses UPDATE and DELETE on the audit trail in the database itself', async () => {
    expect(haidang(['audit', 'verify'])).toMatchObject({ code: 0 });
    await withDatabase(async (db) => {
      await expect(sql`UPDATE audit_log SET actor = 'mallory'`.execute(db)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(sql`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`.execute(db)).rejects.toThrow(/append-only: DELETE refused/);
      await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only: TRUNCATE refused/);
    });
    expect(haidang(['audit', 'verify'])).toMatchObject({ code: 0 });
  });

  it('prints the head; detects a row rewritten with the public formula, and, against an earlier head, a disguised rewrite or a cut', async () => {
    const first = haidang(['audit', 'verify']);
    expect(first.code).toBe(0);
    const head = /^head (\d+):([0-9a-f]{64})$/m.exec(first.out)!;
    expect(head).not.toBeNull();
    const earlier = join(mkdtempSync(join(tmpdir(), 'haidang-head-')), 'audit-head.txt');
    writeFileSync(earlier, first.out);
    // Someone who owns the tables turns the triggers off, edits the first entry and recomputes every
    // hash after it with the formula the code shows, without the key.
    const rewrite = async (keyed: boolean) =>
      withDatabase(async (db) => {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(db);
        const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
        let prev = GENESIS_HASH;
        for (const [i, r] of rows.entries()) {
          const actor = i === 0 ? 'mallory' : r.actor;
          const e = { at: new Date(r.at).toISOString(), actor, action: r.action, objectType: r.object_type, objectId: r.object_id, before: normaliseJson(r.before), after: normaliseJson(r.after) };
          const hash = auditHash(prev, e, false);
          await db.updateTable('audit_log').set({ actor, prev_hash: prev, hash, keyed }).where('seq', '=', r.seq).execute();
          prev = hash;
        }
        await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(db);
      });
    await rewrite(true);
    const broken = haidang(['audit', 'verify']);
    expect(broken.code).toBe(3);
    expect(broken.err).toMatch(/^nhật ký kiểm toán BỊ HỎNG tại mục \d+ .*bị sửa/);
    // Disguised as entries from before the key: consistent on its own, caught by the exported head.
    await rewrite(false);
    // In English this time (HAIDANG_LANG=en): the same verdicts, one language.
    const disguised = haidang(['audit', 'verify'], undefined, 'en');
    expect(disguised.code).toBe(0);
    expect(disguised.out).toMatch(/^audit trail intact: \d+ entries \(\d+ from before the audit key\)$/m);
    const against = haidang(['audit', 'verify', '--against', earlier]);
    expect(against.code).toBe(3);
    expect(against.err).toMatch(/mục cuối đã xuất có mã băm khác/);
    // The last entries cut off: the chain left is whole, but the exported head is gone.
    await withDatabase(async (db) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(db);
      await db.deleteFrom('audit_log').where('seq', '>=', Number(head[1])).execute();
      await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(db);
    });
    const cut = haidang(['audit', 'verify', '--head', `${head[1]}:${head[2]}`], undefined, 'en');
    expect(cut.code).toBe(3);
    expect(cut.err).toMatch(/^audit trail BROKEN at entry \d+ \(of \d+\): the exported head is gone/);
  }, 240_000);

  it('keeps the audit key outside the database, in DATA_DIR/haidang.key, readable by its owner only', () => {
    const mode = statSync(join(keyDir(), 'haidang.key')).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});
