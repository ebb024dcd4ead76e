// Checks that what an input points to exists (and lies inside it), before anything is written.
import type { Db } from '../db/connection.ts';
import { getDocument } from '../db/documents.ts';
import { getUnit } from '../db/units.ts';
import { getTarget } from '../db/targets.ts';
import { getTask } from '../db/tasks.ts';
import { invalid } from '../domain/errors.ts';
import type { SourceRef } from '../domain/document.ts';

/** A span must lie inside the document it points to, or the link to the sentence is a lie. */
export async function checkSource(db: Db, s: SourceRef | undefined): Promise<void> {
  if (!s?.documentId) return;
  const doc = await getDocument(db, s.documentId);
  if (s.span && s.span[1] > doc.text.length) throw invalid({ vi: 'nguồn: vị trí trích dẫn vượt quá cuối văn bản', en: 'source.span: beyond the end of the document' }, { length: doc.text.length });
}

/** Unknown ids answer 404 naming the id. */
export async function checkUnits(db: Db, ids: readonly (string | null | undefined)[]): Promise<void> {
  for (const id of ids) if (id) await getUnit(db, id);
}

export async function checkTaskRefs(db: Db, t: { leadUnitId?: string | null; coUnitIds?: string[]; targetIds?: string[]; parentId?: string | null }): Promise<void> {
  await checkUnits(db, [t.leadUnitId, ...(t.coUnitIds ?? [])]);
  for (const id of t.targetIds ?? []) await getTarget(db, id);
  if (t.parentId) await getTask(db, t.parentId);
}
