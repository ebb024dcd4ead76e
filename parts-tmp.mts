import { openDb } from './src/db/connection.ts';
import { talliedCounts } from './src/db/task-tally.ts';
import { assessAllTargets } from './src/server/services/assessments.ts';
import { allCurrentOn, listTasks } from './src/db/task-queries.ts';
import { documentIssuedOn } from './src/db/documents.ts';
import { unitNames } from './src/db/units.ts';
const h = await openDb({ databaseUrl: process.argv[2]! });
const db = h.db;
const t = async <T,>(label: string, f: () => Promise<T>) => { const t0 = performance.now(); const r = await f(); console.log(label, Math.round(performance.now() - t0), 'ms'); return r; };
for (let i = 0; i < 3; i++) {
  const day = `2027-02-0${i + 1}`;
  const assessed = await t('targets', () => assessAllTargets(db, day));
  await t('allCurrent', () => allCurrentOn(db, day));
  const c = await t('tally', () => talliedCounts(db, { asOf: day, dueSoonDays: 7, rankLimit: 100 }));
  await t('overdue', () => listTasks(db, { asOf: day, dueSoonDays: 7, allCurrent: true, status: ['in_progress_overdue'], limit: 20, offset: 0, withTotal: false }));
  await t('issued', () => documentIssuedOn(db, [...new Set(assessed.map((x) => x.source?.documentId).filter((d): d is string => Boolean(d)))]));
  await t('names', () => unitNames(db, c.ranked.map((r) => r.unitId!).filter(Boolean)));
}
await h.close();
