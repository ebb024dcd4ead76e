// The demo workspace: the Hải Phòng 2025–2030 resolution, its figures and the 2025 directives, as data files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { execute } from '../commands/command.ts';
import { importWorkspace } from '../commands/workspace.ts';
import { systemActor } from '../domain/user.ts';

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

/** The demo workspace and its documents' proposals, through the same import as any workspace file. */
export async function loadDemo(db: Db): Promise<Record<string, number>> {
  return execute(db, systemActor('system', 'Dữ liệu mẫu'), importWorkspace, { workspace: readDemoWorkspace() });
}
