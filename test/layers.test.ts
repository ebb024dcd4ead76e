// The dependency direction, enforced: the pure layers never import the ones built on them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN: Record<string, string[]> = {
  domain: ['extract', 'db', 'server', 'cli', 'reports'],
  extract: ['db', 'server', 'cli', 'reports'],
  db: ['extract', 'server', 'cli', 'intake', 'commands'],
  intake: ['db', 'server', 'cli', 'commands'],
  commands: ['server', 'cli'],
  queries: ['server', 'cli', 'commands'],
  // The answers' schemas are shared with the web: only zod and the domain.
  contract: ['db', 'server', 'cli', 'commands', 'queries', 'extract', 'intake', 'reports', 'sheets'],
  // A worker reads and computes; it never writes, so it reaches neither the database nor a command.
  workers: ['db', 'server', 'cli', 'commands'],
  sheets: ['db', 'server', 'cli', 'commands', 'workers'],
};

/** Every import of every file under src, as [file, what it imports] (relative to src for our own modules). */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of files(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      out.push([relative(SRC, file), spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec]);
    }
  }
  return out;
}

describe('one writer', () => {
  it('only src/db speaks SQL: no other folder imports Kysely', () => {
    const offenders = imports().filter(([file, spec]) => spec === 'kysely' && !file.startsWith('db/'));
    expect(offenders).toEqual([]);
  });

  it('only the command runner opens a writing transaction (repositories\' write functions need one)', () => {
    const offenders = files(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => f !== 'db/tx.ts' && f !== 'commands/command.ts' && /\bwriteTransaction\b/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('nothing outside src/db opens a transaction of its own', () => {
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('db/') && /\.transaction\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

describe('dependency direction', () => {
  for (const [layer, banned] of Object.entries(FORBIDDEN)) {
    it(`${layer} imports none of ${banned.join(', ')}`, () => {
      const offenders: string[] = [];
      for (const file of files(join(SRC, layer))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
          const target = relative(SRC, resolve(dirname(file), (m[1] ?? m[2])!));
          const top = target.split('/')[0]!;
          if (banned.includes(top)) offenders.push(`${relative(SRC, file)} → ${target}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});
