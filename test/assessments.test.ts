// The targets' statuses kept between days (src/server/services/assessments.ts): a new day starts from
// a kept day's assessment and assesses again only the targets one of whose figures' periods ends in
// between, or whose figures changed. Whatever the order of days and writes, the answer must be what a
// full assessment from the database gives that day.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { assessAllTargets } from '../src/server/services/assessments.ts';
import { listTargets, observationsByIndicator } from '../src/db/targets.ts';
import { targetStatus } from '../src/domain/target-status.ts';
import { presentTarget } from '../src/server/presenters/target.ts';
import { addDays } from '../src/domain/calendar.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  const targets = [
    { indicator: 'a.share', label: 'Tỷ lệ', unit: '%', group: 'kinh_te_xa_hoi', value: 90, period: '2026', measure: 'share' },
    { indicator: 'a.growth', label: 'Tăng trưởng', unit: '%', group: 'kinh_te_xa_hoi', value: 8, period: '2026', measure: 'growth' },
    { indicator: 'a.level', label: 'Thu ngân sách', unit: 'tỷ VND', group: 'kinh_te_xa_hoi', value: 500, period: '2030', measure: 'level', baselineValue: 300, baselinePeriod: '2025' },
    { indicator: 'a.half', label: 'Nửa năm', unit: '%', group: 'kinh_te_xa_hoi', value: 50, period: '2026-H1', measure: 'share' },
    { indicator: 'a.none', label: 'Chưa có số', unit: '%', group: 'kinh_te_xa_hoi', value: 10, period: '2026', measure: 'share' },
  ];
  for (const t of targets) expect((await s.api('POST', '/api/targets', t)).status).toBe(201);
  const figures: [string, string, number][] = [
    ['a.share', '2026-Q1', 40], ['a.share', '2026-Q2', 60], ['a.share', '2026-08', 75],
    ['a.growth', '2026-Q1', 6], ['a.growth', '2026-H1', 7.5],
    ['a.level', '2025', 300], ['a.level', '2026-Q1', 320], ['a.level', '2026-Q3', 390],
    ['a.half', '2026-Q1', 20], ['a.half', '2026-H1', 55],
  ];
  for (const [indicator, period, value] of figures) {
    expect((await s.api('POST', '/api/observations', { indicator, period, value, unit: indicator === 'a.level' ? 'tỷ VND' : '%', standing: 'official' })).status).toBe(201);
  }
});
afterAll(async () => s?.close());

async function fullAssessment(day: string) {
  const targets = await listTargets(s.handle.db);
  const byIndicator = await observationsByIndicator(s.handle.db, [...new Set(targets.map((t) => t.indicator))]);
  return targets.map((t) => presentTarget(t, targetStatus(t, byIndicator.get(t.indicator) ?? [], day)));
}

describe('assessments kept between days', () => {
  it('equal a full assessment on any day, in any order, with figures written in between', { timeout: 120_000 }, async () => {
    // Days around the periods' ends (where statuses move) and far from them, with writes among them.
    const edges = ['2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-08-31', '2026-09-01', '2026-09-30', '2026-10-01', '2026-12-31'];
    const dayArb = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-01-01', n)));
    const steps = fc.sample(fc.array(fc.record({ day: dayArb, write: fc.option(fc.constantFrom('a.share', 'a.half', 'b.other'), { nil: null, freq: 5 }) }), { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 20261205 })[0]!;
    // Each write replaces a figure of a period the target already reads (official, entered last), or adds one: statuses move.
    const periods = ['2026-Q1', '2026-Q2', '2026-08', '2026-11', '2026-H1'];
    let n = 0;
    for (const step of steps) {
      if (step.write) {
        n++;
        const r = await s.api('POST', '/api/observations', { indicator: step.write, period: periods[n % periods.length], value: n % 2 ? 95 : 15, unit: '%', standing: 'official' });
        expect(r.status).toBe(201);
      }
      expect(await assessAllTargets(s.handle.db, step.day), step.day).toEqual(await fullAssessment(step.day));
    }
  });

  it('assesses again, on the same day, the target whose figure was written since', async () => {
    const day = '2026-09-15';
    const before = await assessAllTargets(s.handle.db, day);
    expect((await s.api('POST', '/api/observations', { indicator: 'a.share', period: '2026-08', value: 5, unit: '%', standing: 'official' })).status).toBe(201);
    const after = await assessAllTargets(s.handle.db, day);
    expect(after).toEqual(await fullAssessment(day));
    const share = (list: typeof before) => list.find((t) => t.indicator === 'a.share')!;
    expect(share(after).latest?.value).toBe(5);
    expect(share(after)).not.toEqual(share(before));
  });
});
