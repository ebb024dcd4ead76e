// Map to what exists: which registered target a proposal most likely belongs to, and whether a
// proposed target repeats one already registered. Pure: the caller passes the targets the reader sees.
import { parsePeriod, periodContains, type Period } from './period.ts';

/** Why a target is named: each reason is a condition it met. */
export const MATCH_REASONS = ['indicator', 'unit', 'period_same', 'period_within', 'period_overlap', 'owner'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** What a proposal's payload says (a figure's `unitId` or a target's `ownerUnitId` is the owner). */
export interface MatchSubject {
  kind: 'observation' | 'target' | 'task';
  indicator: string | null;
  unit: string | null;
  period: string | null;
  ownerUnitId: string | null;
  value: number | null;
}

export interface MatchCandidate {
  id: string;
  label: string;
  indicator: string;
  unit: string;
  period: string;
  ownerUnitId: string | null;
  value: number;
}

export interface TargetMatch {
  targetId: string;
  label: string;
  period: string;
  reasons: MatchReason[];
}

export interface Duplicate {
  targetId: string;
  label: string;
  period: string;
  value: number;
  unit: string;
  sameValue: boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
/** The reader's word for an indicator it could not name: no indicator to match on. */
const UNKNOWN_INDICATOR = 'other';
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A proposal's payload (a TargetCreate or a figure's body) read as a subject to match. */
export function matchSubject(kind: MatchSubject['kind'], payload: Record<string, unknown>): MatchSubject {
  return {
    kind,
    indicator: str(payload.indicator) === UNKNOWN_INDICATOR ? null : str(payload.indicator),
    unit: str(payload.unit),
    period: str(payload.period),
    ownerUnitId: str(kind === 'target' ? payload.ownerUnitId : payload.unitId),
    value: num(payload.value),
  };
}

const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** How a subject's period stands to a target's: the same months, within them, overlapping them, or apart. */
function periodRelation(subject: Period, target: Period): MatchReason | null {
  if (subject.start === target.start && subject.end === target.end) return 'period_same';
  if (periodContains(target, subject)) return 'period_within';
  if (subject.start <= target.end && target.start <= subject.end) return 'period_overlap';
  return null;
}

/**
 * Whose the target is, against whose the proposal is. The same owner (both the city's, or the same
 * unit) fits. A proposal that names no unit (the reader rarely finds one for a figure) fits the target
 * of a single unit following the indicator for that period, but not one of several units' shares of
 * the same period: that would guess.
 * A unit's own figure or target never fits the city's or another unit's.
 */
function ownerFits(subject: string | null, target: string | null, owners: ReadonlySet<string | null>): 'same' | 'only' | null {
  if (target === subject) return 'same';
  return subject === null && owners.size === 1 ? 'only' : null;
}

const PERIOD_RANK: Partial<Record<MatchReason, number>> = { period_same: 0, period_within: 1, period_overlap: 2 };
const days = (p: Period) => Date.parse(p.end) - Date.parse(p.start);

/**
 * The targets a figure may belong to, the likeliest first. Merging records the figure under the
 * target's indicator, unit and owner, so each of those must agree (a city's figure is not a district's
 * share, and a figure in tỷ đồng is not one in %), and the periods must meet. Among those, the same
 * period ranks first, then a target whose period holds the figure's (the nearest first), then overlap.
 */
export function rankTargets(subject: MatchSubject, targets: readonly MatchCandidate[]): TargetMatch[] {
  if (subject.kind === 'task' || !subject.indicator || !subject.unit || !subject.period) return [];
  const period = parsePeriod(subject.period);
  if (!period) return [];
  const near: Array<{ t: MatchCandidate; tp: Period; rel: MatchReason }> = [];
  for (const t of targets) {
    if (t.indicator !== subject.indicator || !sameUnit(t.unit, subject.unit)) continue;
    const tp = parsePeriod(t.period);
    const rel = tp && periodRelation(period, tp);
    if (tp && rel) near.push({ t, tp, rel });
  }
  // Several units' shares are the targets of one indicator and period with different owners.
  const owners = new Map<string, Set<string | null>>();
  for (const n of near) owners.set(n.tp.code, (owners.get(n.tp.code) ?? new Set()).add(n.t.ownerUnitId));
  const found: Array<{ m: TargetMatch; rank: number; span: number }> = [];
  for (const { t, tp, rel } of near) {
    const owner = ownerFits(subject.ownerUnitId, t.ownerUnitId, owners.get(tp.code)!);
    if (!owner) continue;
    const reasons: MatchReason[] = ['indicator', 'unit', rel, ...(owner === 'same' ? (['owner'] as const) : [])];
    found.push({ m: { targetId: t.id, label: t.label, period: t.period, reasons }, rank: PERIOD_RANK[rel]!, span: days(tp) });
  }
  return found.sort((a, b) => a.rank - b.rank || a.span - b.span || a.m.targetId.localeCompare(b.m.targetId)).map((f) => f.m);
}

/** The likeliest target of a figure, or null. */
export const bestTarget = (subject: MatchSubject, targets: readonly MatchCandidate[]): TargetMatch | null =>
  subject.kind === 'observation' ? (rankTargets(subject, targets)[0] ?? null) : null;

/**
 * A proposed target that repeats a registered one: the same indicator and period (the same months,
 * whatever the code's spelling), and an owner that fits (ownerFits). Says whether the value is the same too.
 */
export function duplicateOf(subject: MatchSubject, targets: readonly MatchCandidate[]): Duplicate | null {
  if (subject.kind !== 'target' || !subject.indicator || !subject.period) return null;
  const period = parsePeriod(subject.period);
  if (!period) return null;
  const alike = targets.filter((t) => t.indicator === subject.indicator && parsePeriod(t.period)?.code === period.code);
  const owners = new Set(alike.map((t) => t.ownerUnitId));
  const same = alike.filter((t) => ownerFits(subject.ownerUnitId, t.ownerUnitId, owners));
  if (!same.length) return null;
  const t = same.find((x) => x.value === subject.value) ?? same[0]!;
  return { targetId: t.id, label: t.label, period: t.period, value: t.value, unit: t.unit, sameValue: t.value === subject.value };
}
