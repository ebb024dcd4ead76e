// `npm start` builds the web app when its sources are newer than the build (or there is none).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say } from './language.js';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export function webBuildIsStale(web = WEB): boolean {
  const index = join(web, 'dist', 'index.html');
  if (!existsSync(join(web, 'vite.config.ts'))) return false;
  if (!existsSync(index)) return true;
  const sources = Math.max(newest(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs, statSync(join(web, 'vite.config.ts')).mtimeMs);
  return sources > statSync(index).mtimeMs;
}

export async function ensureWebBuild(web = WEB): Promise<void> {
  if (!webBuildIsStale(web)) return;
  console.log(say({ vi: 'Đang dựng giao diện web (vite build)…', en: 'Building the web app (vite build)…' }));
  const { build } = await import('vite');
  await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
}
