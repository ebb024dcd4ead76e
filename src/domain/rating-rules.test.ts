import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { applyCaps, type Cappable, levelOf, parseRatingRules, RATING_LEVEL_LABELS, type RatingLevel, ratingRulesFile } from './rating-rules.ts';

const load = (year: number): unknown => JSON.parse(readFileSync(new URL(`../../${ratingRulesFile(year)}`, import.meta.url), 'utf8'));
const rules = parseRatingRules(load(2026));
const raw = (): Record<string, any> => structuredClone(load(2026)) as Record<string, any>;

function errorOf(json: unknown): string {
  try {
    parseRatingRules(json);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid');
    return (e as AppError).message;
  }
  throw new Error('expected the rules to be refused');
}

describe('the rules files', () => {
  it('2026 holds the central defaults: 30 general + 70 results, 90/70/50, excellent ≤ 20% of good-or-better', () => {
    expect(rules.weights).toEqual({ general: 30, tasks: 50, targets: 10, report: 10 });
    expect(rules.thresholds).toEqual({ excellent: 90, good: 70, done: 50 });
    expect(rules.caps).toEqual([{ level: 'excellent', maxShare: 0.2, of: ['excellent', 'good'], rounding: 'floor' }]);
  });
  it('2025 is the same but for the year', () => {
    const r2025 = parseRatingRules(load(2025));
    expect(r2025.year).toBe(2025);
    expect({ ...r2025, year: 2026 }).toEqual(rules);
  });
  it('fills the defaults of optional fields', () => {
    const j = raw();
    delete j.caps;
    delete j.tasks.carryOverdue;
    const r = parseRatingRules(j);
    expect(r.caps).toEqual([]);
    expect(r.tasks.carryOverdue).toBe(false);
  });
});

describe('parseRatingRules: errors name the field', () => {
  const cases: Array<[string, (j: Record<string, any>) => unknown, string]> = [
    ['weights not summing to 100', (j) => { j.weights.tasks = 60; return j; }, 'weights: must sum to 100 (general + tasks + targets + report = 110)'],
    ['thresholds out of order', (j) => { j.thresholds.good = 95; return j; }, 'thresholds: must rise strictly'],
    ['equal thresholds', (j) => { j.thresholds.done = 70; return j; }, 'thresholds: must rise strictly'],
    ['a threshold above 100', (j) => { j.thresholds.excellent = 101; return j; }, 'thresholds.excellent: must be at most 100'],
    ['a negative weight', (j) => { j.weights.general = -10; j.weights.tasks = 90; return j; }, 'weights.general: must not be negative'],
    ['a deduction above 1', (j) => { j.tasks.lateDeduction = 30; return j; }, 'tasks.lateDeduction: must be between 0 and 1'],
    ['a missing credit', (j) => { delete j.report.credit.missing; return j; }, 'report.credit.missing:'],
    ['an unknown key (a typo)', (j) => { j.treshold = 1; return j; }, 'treshold'],
    ['a year that is no year', (j) => { j.year = 2026.5; return j; }, 'year: must be a whole year'],
    ['an empty basis', (j) => { j.basis = ' '; return j; }, 'basis: must name the rules'],
    ['an unknown mode', (j) => { j.whenNothingToRate = 'zero'; return j; }, 'whenNothingToRate:'],
    ['a cap on the lowest level', (j) => { j.caps[0].level = 'not_done'; j.caps[0].of = ['not_done']; return j; }, 'caps.0.level: the lowest level cannot be capped'],
    ['a cap whose base leaves out its level', (j) => { j.caps[0].of = ['good']; return j; }, 'caps.0.of: must include the capped level excellent'],
    ['a level capped twice', (j) => { j.caps.push(j.caps[0]); return j; }, 'caps.1.level: excellent is capped twice'],
    ['not an object', () => 'rules', '(rules):'],
  ];
  it.each(cases)('%s', (_name, edit, message) => expect(errorOf(edit(raw()))).toContain(message));

  it('lists every problem at once', () => {
    const j = raw();
    j.weights.tasks = 60;
    j.thresholds.good = 95;
    const msg = errorOf(j);
    expect(msg).toContain('weights: must sum to 100');
    expect(msg).toContain('thresholds: must rise strictly');
  });
});

describe('levelOf: the edge of each threshold', () => {
  it.each([
    [100, 'excellent'], [90, 'excellent'], [89.99, 'good'], [70, 'good'], [69.99, 'done'], [50, 'done'], [49.99, 'not_done'], [0, 'not_done'],
  ] as const)('%s → %s', (score, level) => expect(levelOf(score, rules.thresholds)).toBe(level));
});

describe('applyCaps', () => {
  const unit = (unitCode: string, score: number, provisional = false): Cappable => ({
    unitCode, score, provisional, level: provisional ? null : levelOf(score, rules.thresholds),
    levelLabel: '', working: [], capped: null,
  });

  it('10 units, 6 scoring ≥ 90: only 20% of the 10 good-or-better keep excellent, demoted in score order, ties by code', () => {
    const units = [
      unit('P07', 90), unit('P01', 92), unit('P05', 95), unit('P03', 92), unit('P02', 90.5), unit('P09', 90),
      unit('P04', 85), unit('P06', 80), unit('P08', 75), unit('P10', 70),
    ];
    const { results, demotions } = applyCaps(units, rules);
    const excellent = results.filter((r) => r.level === 'excellent').map((r) => r.unitCode);
    expect(excellent).toEqual(['P01', 'P05']); // 95, then 92 with the earlier code
    expect(demotions.map((d) => [d.unitCode, d.rank, d.to])).toEqual([
      ['P03', 3, 'good'], ['P02', 4, 'good'], ['P07', 5, 'good'], ['P09', 6, 'good'],
    ]);
    expect(demotions[0]!.reason).toContain('10 đơn vị → tối đa 2');
    expect(demotions[0]!.reason).toContain('bằng điểm đơn vị P01, xếp sau theo mã đơn vị');
    const p03 = results.find((r) => r.unitCode === 'P03')!;
    expect(p03.capped).toEqual({ from: 'excellent', reason: demotions[0]!.reason });
    expect(p03.levelLabel).toBe(RATING_LEVEL_LABELS.good);
    expect(p03.working.at(-1)).toBe(demotions[0]!.reason);
    // The input is not changed, and the order of the results is the order given.
    expect(units[3]!.level).toBe('excellent');
    expect(results.map((r) => r.unitCode)).toEqual(units.map((u) => u.unitCode));
  });

  it.each([
    // [scores, excellent kept]: the base counts good-or-better only, and floor reads "may not exceed"
    [[95, 91, 80, 80, 40], 0], // 4 good-or-better → 0,8 → 0
    [[95, 91, 80, 80, 75], 1], // 5 → 1
    [[95, 91, 90, 80, 75, 75, 72, 71, 70, 60, 55], 1], // 9 → 1,8 → 1
    [[95], 0],
  ] as const)('scores %j keep %i excellent', (scores, kept) => {
    const { results } = applyCaps(scores.map((s, i) => unit(`U${String(i).padStart(2, '0')}`, s)), rules);
    expect(results.filter((r) => r.level === 'excellent')).toHaveLength(kept);
  });

  it('rounding can be round or ceil', () => {
    const units = [95, 91, 80, 80].map((s, i) => unit(`U${i}`, s));
    const withRounding = (rounding: 'round' | 'ceil') => ({ ...rules, caps: [{ ...rules.caps[0]!, rounding }] });
    expect(applyCaps(units, withRounding('round')).results.filter((r) => r.level === 'excellent')).toHaveLength(1);
    expect(applyCaps(units, withRounding('ceil')).results.filter((r) => r.level === 'excellent')).toHaveLength(1);
  });

  it('leaves provisional ratings out of the count and says so', () => {
    const { results, demotions, notes } = applyCaps([unit('A', 95), unit('B', 60, true), unit('C', 80), unit('D', 80), unit('E', 80)], rules);
    expect(demotions).toHaveLength(1); // 4 good-or-better → 0 excellent
    expect(results.find((r) => r.unitCode === 'B')!.level).toBeNull();
    expect(notes).toEqual(['1 đơn vị chưa có điểm tiêu chí chung: chưa tính vào giới hạn tỷ lệ.']);
  });

  it('no caps, no demotions', () => {
    const { demotions } = applyCaps([unit('A', 95)], { ...rules, caps: [] });
    expect(demotions).toEqual([]);
  });

  it('a cap on good takes the units excellent demoted into good', () => {
    const capGood = { level: 'good' as const, maxShare: 0.5, of: ['excellent', 'good', 'done', 'not_done'] as RatingLevel[], rounding: 'floor' as const };
    const units = [unit('A', 95), unit('B', 92), unit('C', 60), unit('D', 40)];
    const { demotions } = applyCaps(units, { ...rules, caps: [capGood, ...rules.caps] });
    // excellent first: 2 good-or-better → 0 kept; then good: 4 rated → 2 may be good: A and B stay good.
    expect(demotions.map((d) => [d.unitCode, d.to])).toEqual([['A', 'good'], ['B', 'good']]);
  });
});
