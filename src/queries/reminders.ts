// Who is behind with a period's report on a day: the units expected to report whose report is
// missing or not yet submitted (timeliness missing or pending), for the reminders and their letter.
import type { Db } from '../db/connection.ts';
import { listSubmissions, unitsExpected, type ReportingPeriod } from '../db/reporting.ts';
import { timeliness } from '../domain/reporting.ts';

export async function unitsBehind(db: Db, period: ReportingPeriod, today: string): Promise<string[]> {
  const subs = new Map((await listSubmissions(db, period.id)).map((s) => [s.unitId, s]));
  return (await unitsExpected(db, period)).filter((u) => {
    const t = timeliness(subs.get(u) ?? null, period.dueOn, today);
    return t === 'missing' || t === 'pending';
  });
}
