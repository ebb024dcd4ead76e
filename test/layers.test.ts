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
  db: ['extract', 'server', 'cli', 'intake'],
  intake: ['db', 'server', 'cli'],
};

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
