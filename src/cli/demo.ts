// The demo workspace: the Hải Phòng 2025–2030 resolution, its figures and the 2025 directives, as data files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { importWorkspace } from '../db/workspace.ts';

const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

/** Reads demo/workspace.json with each document's text taken from the file it names. */
export function readDemoWorkspace(dir = DEMO_DIR): unknown {
  const ws = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as { documents?: { textFile?: string; text?: string }[] };
  for (const d of ws.documents ?? []) {
    if (d.textFile && d.text === undefined) {
      d.text = readFileSync(join(dir, d.textFile), 'utf8');
      delete d.textFile;
    }
  }
  return ws;
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('units').select('id').limit(1).execute()).length === 0;
}

export async function loadDemo(db: Db): Promise<Record<string, number>> {
  return importWorkspace(db, readDemoWorkspace(), 'demo');
}
