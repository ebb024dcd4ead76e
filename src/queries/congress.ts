// Read models of the congresses: section II statistics and a season's progress, from the database and the domain's rules.
import type { Db } from '../db/connection.ts';
import { checkedInCodes, getCongressByCode, listDelegates, type Congress } from '../db/congresses.ts';
import { getSeasonByCode, listOrgs } from '../db/congress-seasons.ts';
import { committeeCount, rosterStats, type RosterStats } from '../domain/congress/roster.ts';
import { seasonProgress, type SeasonProgress } from '../domain/congress/season.ts';

/** Ages are counted at the congress's year (the year it opens). */
export async function congressStats(db: Db, code: string): Promise<{ congress: Congress; stats: RosterStats; committees: number }> {
  const congress = await getCongressByCode(db, code);
  const [delegates, present] = await Promise.all([listDelegates(db, congress.id), checkedInCodes(db, congress.id)]);
  return { congress, stats: rosterStats(congress.code, Number(congress.startsOn.slice(0, 4)), delegates, present), committees: committeeCount(delegates) };
}

export async function congressSeasonProgress(db: Db, code: string, asOf: string): Promise<SeasonProgress> {
  const season = await getSeasonByCode(db, code);
  return seasonProgress(season, await listOrgs(db, season.id), asOf);
}
