import { describe, expect, it } from 'vitest';
import { bestTarget, duplicateOf, matchSubject, rankTargets, type MatchCandidate, type MatchSubject } from './proposal-match.ts';

const T = (id: string, o: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id, label: `Chỉ tiêu ${id}`, indicator: 'budget.revenue', unit: 'tỷ đồng', period: '2025', ownerUnitId: null, value: 16900, ...o,
});
const figure = (o: Partial<MatchSubject> = {}): MatchSubject => ({
  kind: 'observation', indicator: 'budget.revenue', unit: 'tỷ đồng', period: '2025-H1', ownerUnitId: null, value: 9000, ...o,
});

describe('rankTargets: which target a figure belongs to', () => {
  it.each<[string, MatchSubject, MatchCandidate[], string | null, string[] | null]>([
    ['same indicator, unit, owner; the year holds the half', figure(), [T('a')], 'a', ['indicator', 'unit', 'period_within', 'owner']],
    ['the same period ranks before the one that holds it', figure({ period: '2025' }), [T('term', { period: '2021/2025' }), T('year')], 'year', ['indicator', 'unit', 'period_same', 'owner']],
    ['the nearest holding period first', figure(), [T('term', { period: '2021/2025' }), T('year')], 'year', ['indicator', 'unit', 'period_within', 'owner']],
    ['overlapping periods still match', figure({ period: '2025-07/2026-06' }), [T('a')], 'a', ['indicator', 'unit', 'period_overlap', 'owner']],
    ['a unit spelt in another case is the same unit', figure({ unit: 'Tỷ đồng' }), [T('a')], 'a', ['indicator', 'unit', 'period_within', 'owner']],
    ['a unit\'s figure goes to the unit\'s share', figure({ ownerUnitId: 'u1' }), [T('city'), T('share', { ownerUnitId: 'u1' })], 'share', ['indicator', 'unit', 'period_within', 'owner']],
    ['a figure naming no unit goes to the city target rather than a share', figure(), [T('share', { ownerUnitId: 'u1' }), T('city')], 'city', ['indicator', 'unit', 'period_within', 'owner']],
    ['a figure naming no unit goes to the one unit that follows the indicator', figure(), [T('followed', { ownerUnitId: 'u1' })], 'followed', ['indicator', 'unit', 'period_within']],
    ['owners of different periods are not shares', figure(), [T('term', { ownerUnitId: 'u0', period: '2021/2025' }), T('year', { ownerUnitId: 'u1' })], 'year', ['indicator', 'unit', 'period_within']],
    ['shares of one period leave the other period\'s target', figure(), [T('term', { ownerUnitId: 'u0', period: '2021/2025' }), T('s1', { ownerUnitId: 'u1' }), T('s2', { ownerUnitId: 'u2' })], 'term', ['indicator', 'unit', 'period_within']],
    // negatives
    ['a different period does not match', figure({ period: '2024' }), [T('a', { period: '2026/2030' })], null, null],
    ['a different unit of measure does not match', figure({ unit: '%' }), [T('a')], null, null],
    ['a different indicator does not match', figure({ indicator: 'grdp.growth' }), [T('a')], null, null],
    ['a figure naming no unit is not one of several units\' shares', figure(), [T('s1', { ownerUnitId: 'u1' }), T('s2', { ownerUnitId: 'u2' })], null, null],
    ['a unit\'s figure is not another unit\'s share', figure({ ownerUnitId: 'u2' }), [T('s1', { ownerUnitId: 'u1' })], null, null],
    ['a unit\'s figure is not the city\'s target', figure({ ownerUnitId: 'u1' }), [T('city')], null, null],
    ['no indicator, no match', figure({ indicator: null }), [T('a')], null, null],
    ['no period, no match', figure({ period: null }), [T('a')], null, null],
    ['a period that does not parse, no match', figure({ period: 'năm ngoái' }), [T('a')], null, null],
    ['a task never matches', figure({ kind: 'task' }), [T('a')], null, null],
  ])('%s', (_, subject, targets, id, reasons) => {
    const best = rankTargets(subject, targets)[0] ?? null;
    expect(best?.targetId ?? null).toBe(id);
    expect(best?.reasons ?? null).toEqual(reasons);
  });

  it('bestTarget names a figure\'s target and none for a proposed target', () => {
    expect(bestTarget(figure(), [T('a')])?.targetId).toBe('a');
    expect(bestTarget(figure({ kind: 'target' }), [T('a')])).toBeNull();
  });
});

describe('duplicateOf: a proposed target that is registered already', () => {
  const target = (o: Partial<MatchSubject> = {}): MatchSubject => figure({ kind: 'target', period: '2025', value: 16900, ...o });
  it.each<[string, MatchSubject, MatchCandidate[], string | null, boolean | null]>([
    ['same indicator, owner, period and value', target(), [T('a')], 'a', true],
    ['same but another value', target({ value: 17500 }), [T('a')], 'a', false],
    ['the same months spelt otherwise', target({ period: '2025-01/2025-12' }), [T('a')], 'a', true],
    ['the one of the same value is named first', target({ value: 17500 }), [T('a'), T('b', { value: 17500 })], 'b', true],
    // negatives
    ['another period is not a duplicate', target({ period: '2026' }), [T('a')], null, null],
    ['a period inside it is not a duplicate', target({ period: '2025-H1' }), [T('a')], null, null],
    ['a target naming no unit repeats the one unit\'s that follows it', target(), [T('followed', { ownerUnitId: 'u1' })], 'followed', true],
    ['a target naming no unit is not one of several units\' shares', target(), [T('s1', { ownerUnitId: 'u1' }), T('s2', { ownerUnitId: 'u2' })], null, null],
    ['a unit\'s share is not another unit\'s', target({ ownerUnitId: 'u2' }), [T('s1', { ownerUnitId: 'u1' })], null, null],
    ['a unit\'s share is not the city target', target({ ownerUnitId: 'u1' }), [T('city')], null, null],
    ['another indicator is not a duplicate', target({ indicator: 'grdp.growth' }), [T('a')], null, null],
    ['no indicator, no duplicate', target({ indicator: null }), [T('a')], null, null],
    ['a figure is never a duplicate target', figure({ period: '2025' }), [T('a')], null, null],
  ])('%s', (_, subject, targets, id, sameValue) => {
    const d = duplicateOf(subject, targets);
    expect(d?.targetId ?? null).toBe(id);
    expect(d?.sameValue ?? null).toBe(sameValue);
  });
});

describe('matchSubject reads a payload', () => {
  it('a figure\'s unitId and a target\'s ownerUnitId are the owner', () => {
    expect(matchSubject('observation', { indicator: 'x', unit: '%', period: '2025', unitId: 'u1', value: 3 })).toEqual({ kind: 'observation', indicator: 'x', unit: '%', period: '2025', ownerUnitId: 'u1', value: 3 });
    expect(matchSubject('target', { indicator: 'x', unit: '%', period: '2025', ownerUnitId: 'u2', unitId: 'u9', value: 3 }).ownerUnitId).toBe('u2');
    expect(matchSubject('observation', { indicator: '', value: 'ba' })).toMatchObject({ indicator: null, value: null, ownerUnitId: null });
    // An indicator the reader could not name matches nothing, even a target filed under 'other'.
    const unknown = matchSubject('observation', { indicator: 'other', unit: '%', period: '2025' });
    expect(unknown.indicator).toBeNull();
    expect(rankTargets(unknown, [{ id: 'o', label: 'Khác', indicator: 'other', unit: '%', period: '2025', ownerUnitId: null, value: 1 }])).toEqual([]);
  });
});
