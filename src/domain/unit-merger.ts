// Sáp nhập đơn vị: when one unit may be merged into another, as a pure rule over the tree.
import type { Bilingual } from './errors.ts';
import type { Unit } from './unit.ts';

export type MergerRefusal = 'self' | 'already_merged' | 'successor_closed' | 'successor_below';

export const MERGER_REFUSAL_LABELS: Record<MergerRefusal, Bilingual> = {
  self: { vi: 'một đơn vị không sáp nhập vào chính nó', en: 'a unit cannot merge into itself' },
  already_merged: { vi: 'đơn vị này đã được sáp nhập trước đó', en: 'this unit was already merged' },
  successor_closed: { vi: 'đơn vị kế thừa đã bị sáp nhập, hãy chọn đơn vị đang hoạt động', en: 'the successor is closed (merged); choose an open unit' },
  successor_below: { vi: 'đơn vị kế thừa đang trực thuộc đơn vị bị sáp nhập; hãy chuyển nó ra trước', en: 'the successor sits below the merged unit; move it out first' },
};

/** A merger's refusal on a field, in both languages: `intoId: một đơn vị không sáp nhập vào chính nó`. */
export const mergerRefusalText = (field: string, refusal: MergerRefusal): Bilingual => ({ vi: `${field}: ${MERGER_REFUSAL_LABELS[refusal].vi}`, en: `${field}: ${MERGER_REFUSAL_LABELS[refusal].en}` });

/**
 * Why `from` cannot be merged into `into`, or null when it can. The successor must be open and must
 * not sit below the merged unit: the units below `from` move under the successor, which would then be
 * its own ancestor.
 */
export function mergerRefusal(units: readonly Pick<Unit, 'id' | 'parentId' | 'mergedInto'>[], fromId: string, intoId: string): MergerRefusal | null {
  if (fromId === intoId) return 'self';
  const byId = new Map(units.map((u) => [u.id, u]));
  if (byId.get(fromId)?.mergedInto) return 'already_merged';
  if (byId.get(intoId)?.mergedInto) return 'successor_closed';
  // Walk up from the successor; the `seen` set guards against a loop in bad data.
  const seen = new Set<string>();
  for (let u = byId.get(intoId); u?.parentId && !seen.has(u.id); u = byId.get(u.parentId)) {
    seen.add(u.id);
    if (u.parentId === fromId) return 'successor_below';
  }
  return null;
}
