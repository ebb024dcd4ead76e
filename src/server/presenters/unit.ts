// What the API shows of a unit: its fields and its kind in words.
import { UNIT_KIND_LABELS, type Unit } from '../../domain/unit.ts';
import type { UnitItem } from '../../contract/unit.ts';

export const presentUnit = (u: Unit): UnitItem => ({
  id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, kindLabel: UNIT_KIND_LABELS[u.kind], mergedInto: u.mergedInto ?? null, mergedOn: u.mergedOn ?? null,
});
