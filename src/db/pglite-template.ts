// A new PGlite folder starts from a copy of an empty cluster made once (at `npm install`, by
// `haidang prepare`) instead of running initdb in WebAssembly at the first start: 2 s instead of
// 10 s on a shared 2-core machine. The copy is PGlite's own dump of a fresh, unmigrated cluster, named
// after the PGlite version that made it; without one a folder is created as before.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The installed PGlite's version (its package.json is not exported: found from its entry point up). */
function pgliteVersion(): string {
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === '@electric-sql/pglite') return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/** Where the copy is kept: HAIDANG_CACHE_DIR, else node_modules/.cache/haidang of this install. */
export function templatePath(): string {
  const dir = process.env.HAIDANG_CACHE_DIR || fileURLToPath(new URL('../../node_modules/.cache/haidang/', import.meta.url));
  return join(dir, `pglite-${pgliteVersion()}-empty.tar.gz`);
}

/** Whether a data folder holds no database yet (PGlite would run initdb there). */
export function holdsNoDatabase(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'PG_VERSION')) && !(existsSync(dataDir) && readdirSync(dataDir).some((f) => f === 'base' || f === 'global'));
}

/** The copy of an empty cluster, when one was made for this PGlite version. */
export function emptyClusterCopy(): Blob | undefined {
  const path = templatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

/** Makes the copy (a few seconds), unless it exists; returns its path. */
export async function makeEmptyClusterCopy(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create('memory://');
  try {
    const dump = await pg.dumpDataDir('gzip');
    mkdirSync(join(path, '..'), { recursive: true });
    // Written aside then renamed: a half-written copy never passes for a whole one.
    writeFileSync(`${path}.part`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.part`, path);
  } finally {
    await pg.close();
  }
  return path;
}
