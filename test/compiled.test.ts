// The CLI compiled to JavaScript (src/cli/compiled.js): made from the sources, used only while they are
// unchanged, and finding its folders (migrations/) where the TypeScript finds them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, compiledEntry } from '../src/cli/compiled.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('the compiled CLI', () => {
  it('is used while its sources are unchanged, and not once one of them is touched', async () => {
    // A source bundled into the copy (main.ts imports it on demand), first set to its whole second:
    // a time finer than that could not be put back exactly after touching it.
    const source = join(ROOT, 'src/cli/supervise.js');
    const { atime, mtimeMs } = statSync(source);
    const second = Math.floor(mtimeMs / 1000);
    utimesSync(source, atime, second);
    const entry = await compile();
    expect(entry).toBe(new URL('dist/cli/main.js', new URL('../', import.meta.url)).href);
    expect(compiledEntry()).toBe(entry);
    try {
      utimesSync(source, atime, second + 1);
      expect(compiledEntry()).toBeNull();
    } finally {
      utimesSync(source, atime, second);
    }
    expect(compiledEntry()).toBe(entry);
  }, 120_000);

  it('runs: migrates a new data folder from the migrations beside the sources', async () => {
    const entry = compiledEntry() ?? (await compile());
    const dir = mkdtempSync(join(tmpdir(), 'haidang-compiled-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data') };
      delete env.DATABASE_URL;
      const r = spawnSync(process.execPath, [fileURLToPath(entry), 'migrate'], { env, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/đã áp dụng \d+ migration: 0001_/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
