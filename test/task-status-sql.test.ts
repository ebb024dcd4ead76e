// The SQL twin of taskStatus() must agree with the domain rule on every combination of dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { freshDb } from './support/db.ts';
import { statusSql } from '../src/db/task-queries.ts';
import { statusFromState } from '../src/domain/task-status.ts';
import { addDays } from '../src/domain/calendar.ts';
import type { DbHandle } from '../src/db/connection.ts';

let h: DbHandle;
beforeAll(async () => {
  h = await freshDb();
});
afterAll(async () => h?.close());

const BASE = '2025-06-01';
const day = fc.integer({ min: -40, max: 40 }).map((n) => addDays(BASE, n));
const state = fc.record({
  deadline: fc.option(day, { nil: null }),
  completedOn: fc.option(day, { nil: null }),
  paused: fc.boolean(),
});

describe('statusSql', () => {
  it('agrees with statusFromState', async () => {
    const samples = fc.sample(fc.tuple(state, day, fc.integer({ min: 0, max: 14 })), 300);
    for (const [s, asOf, window] of samples) {
      const r = await sql<{ status: string }>`
        SELECT ${statusSql(asOf, window)} AS status FROM (SELECT
          ${s.completedOn}::date AS state_completed_on, ${s.deadline}::date AS state_deadline, ${s.paused}::boolean AS state_paused) t`.execute(h.db);
      // The stored state holds every report; as of a day before the completion the task was still open.
      const domainState = { completedOn: s.completedOn && s.completedOn <= asOf ? s.completedOn : null, awaitingAcceptanceSince: null, deadline: s.deadline, latest: null, progress: null, paused: s.paused, extensions: 0 };
      expect(r.rows[0]?.status, JSON.stringify({ s, asOf, window })).toBe(statusFromState(domainState, asOf, { dueSoonDays: window }));
    }
  });
});
