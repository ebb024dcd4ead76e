// Season progress as of a day, worked out by hand.
import { describe, expect, it } from 'vitest';
import { forecastDone, seasonProgress, type ScheduledOrg } from './season.ts';

const o = (code: string, parent: string, plannedOn: string, heldOn: string | null = null, model = false): ScheduledOrg => ({ code, name: code, parent, plannedOn, heldOn, model });
const SEASON = { code: 'S', deadline: '2025-08-20', latest: '2025-08-31' };

// Ten organisations under two committees (the second sorts after the first with numeric collation).
const ORGS = [
  o('A', 'Đảng bộ 2', '2025-06-01', '2025-06-01', true),
  o('B', 'Đảng bộ 2', '2025-06-10', '2025-06-12'),
  o('C', 'Đảng bộ 2', '2025-06-20', '2025-07-15'), // held after the as-of day: not held then
  o('D', 'Đảng bộ 10', '2025-06-25'), // overdue
  o('E', 'Đảng bộ 10', '2025-07-05', '2025-07-01'), // held early
  o('F', 'Đảng bộ 10', '2025-07-10'),
  o('G', 'Đảng bộ 10', '2025-08-02', null, true),
  o('H', 'Đảng bộ 2', '2025-08-15'),
  o('I', 'Đảng bộ 2', '2025-06-30'), // overdue
  o('J', 'Đảng bộ 10', '2025-07-09'), // planned today, not held: behind
];

describe('seasonProgress', () => {
  it('as of 2025-07-09', () => {
    expect(seasonProgress(SEASON, ORGS, '2025-07-09')).toEqual({
      season: 'S', asOf: '2025-07-09', deadline: '2025-08-20', latest: '2025-08-31',
      total: 10, held: 3, heldPercent: 30, remaining: 7,
      behindPlan: 4, // C, D, I, J
      // C, D, I, J count in July (the month of the as-of day), F too; G and H in August.
      remainingByMonth: [{ month: '2025-07', count: 5 }, { month: '2025-08', count: 2 }],
      // Pace: 3 held in 39 days (1 June – 9 July); 7 more take ceil(7·39/3) = 91 days → 8 October.
      forecastDone: '2025-10-08',
      modelCongresses: { total: 2, held: 1 },
      byParent: [
        { unit: 'Đảng bộ 2', total: 5, held: 2, heldPercent: 40, behindPlan: 2 },
        { unit: 'Đảng bộ 10', total: 5, held: 1, heldPercent: 20, behindPlan: 2 },
      ],
    });
  });

  it('held and behind plan as of an earlier day', () => {
    const p = seasonProgress(SEASON, ORGS, '2025-06-11');
    expect(p).toMatchObject({ held: 1, remaining: 9, behindPlan: 1, modelCongresses: { total: 2, held: 1 } });
  });

  it('an empty season', () => {
    expect(seasonProgress(SEASON, [], '2025-07-09')).toMatchObject({ total: 0, held: 0, heldPercent: 0, remaining: 0, remainingByMonth: [], forecastDone: null, byParent: [] });
  });
});

describe('forecastDone', () => {
  it('ahead of the pace: the last planned day', () => {
    // 2 held in 2 days (1–2 June): pace 1/day, 1 left → 3 June; but it is planned on 30 June.
    expect(forecastDone([o('A', 'P', '2025-06-01', '2025-06-01'), o('B', 'P', '2025-06-02', '2025-06-02'), o('C', 'P', '2025-06-30')], '2025-06-02')).toBe('2025-06-30');
  });
  it('nothing held yet: the plan alone', () => {
    expect(forecastDone([o('A', 'P', '2025-06-01'), o('B', 'P', '2025-07-20')], '2025-06-15')).toBe('2025-07-20');
  });
  it('all held: the day the last one was', () => {
    expect(forecastDone([o('A', 'P', '2025-06-01', '2025-06-03'), o('B', 'P', '2025-06-02', '2025-06-02')], '2025-07-01')).toBe('2025-06-03');
  });
});
