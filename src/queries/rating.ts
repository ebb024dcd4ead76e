// Rates every unit for a quarter from the workspace: its tasks, targets and period report under the
// year's rules file, the general points people entered, the caps, then leaders' adjustments.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/connection.ts';
import { listTargets, observationsByIndicator } from '../db/targets.ts';
import { ledTasksAssignedBy, reportsOf } from '../db/tasks.ts';
import { adjustments as listAdjustments, generalEntries, quarterReport } from '../db/ratings.ts';
import { listUnits } from '../db/units.ts';
import { invalid } from '../domain/errors.ts';
import { parsePeriod } from '../domain/period.ts';
import { parseRatingRules, ratingRulesFile, type RatingLevel, type ReportOutcome } from '../domain/rating-rules.ts';
import { adjustRating, applyCaps, rateUnit, type RatingResult } from '../domain/rating.ts';
import { targetStatus } from '../domain/target-status.ts';
import { todayInVietnam } from '../domain/calendar.ts';
import { formatNumber } from '../domain/format.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function loadRules(year: number) {
  const file = ROOT + ratingRulesFile(year);
  if (!existsSync(file)) throw invalid({ vi: `quý: chưa có bộ tiêu chí xếp loại năm ${year} (${ratingRulesFile(year)})`, en: `quarter: no rating rules for ${year} (${ratingRulesFile(year)})` });
  return parseRatingRules(JSON.parse(readFileSync(file, 'utf8')));
}

/** How the unit's report ended as of `day`: null when no period was opened, 'not_due' while it may still come in time. */
async function reportOutcome(db: Db, quarter: string, unitId: string, day: string): Promise<ReportOutcome | 'not_due' | null> {
  const r = await quarterReport(db, quarter, unitId);
  if (!r) return null;
  if (r.status === 'accepted') return r.submittedOn && r.submittedOn <= r.dueOn ? 'accepted_on_time' : 'accepted_late';
  if (r.status === 'returned') return 'returned';
  return day <= r.dueOn ? 'not_due' : 'missing';
}

const NOT_DUE = 'Chưa đến hạn gửi báo cáo kỳ, chưa trừ điểm';

export interface QuarterRating {
  quarter: string;
  rulesYear: number;
  results: (RatingResult & { unitId: string; generalNote: string | null })[];
  notes: string[];
}

/**
 * Rates the quarter as of `asOf` (today by default): a past quarter as of its last day; the current one
 * provisionally, as of the day asked (a task due later is not overdue, a report not yet due is not missing).
 */
export async function rateQuarter(db: Db, quarter: string, asOf: string = todayInVietnam()): Promise<QuarterRating> {
  const p = parsePeriod(quarter);
  if (!p || p.kind !== 'quarter') throw invalid({ vi: `quý: cần một quý như 2026-Q1, không phải ${quarter}`, en: `quarter: expected a quarter such as 2026-Q1, got ${quarter}` });
  const year = Number(p.code.slice(0, 4));
  const rules = loadRules(year);
  const day = asOf < p.end ? asOf : p.end;
  const units = await listUnits(db);
  const tasks = await ledTasksAssignedBy(db, day);
  const reports = await reportsOf(db, tasks.map((t) => t.id));
  const targets = await listTargets(db);
  const byIndicator = await observationsByIndicator(db, [...new Set(targets.map((t) => t.indicator))]);
  const entries = await generalEntries(db, p.code);
  const rated = units.filter((u) => tasks.some((t) => t.leadUnitId === u.id) || targets.some((t) => t.ownerUnitId === u.id));

  const raw: (RatingResult & { unitId: string; generalNote: string | null })[] = [];
  for (const u of rated) {
    // The report of a quarter is due after it ends: judged on the day asked, not the quarter's last.
    const outcome = await reportOutcome(db, p.code, u.id, asOf);
    const own = tasks.filter((t) => t.leadUnitId === u.id);
    const r = rateUnit(
      {
        unitCode: u.code, unitName: u.name, quarter: p.code, asOf: day, general: entries.get(u.id)?.points ?? null,
        tasks: own, taskReports: reports.filter((x) => own.some((t) => t.id === x.taskId)),
        targets: targets.filter((t) => t.ownerUnitId === u.id).map((t) => ({ targetId: t.id, label: t.label, assessment: targetStatus(t, byIndicator.get(t.indicator) ?? [], day) })),
        // No reporting period opened for the quarter, or its report not yet due: nothing is deducted (yet).
        report: outcome === null || outcome === 'not_due' ? 'accepted_on_time' : outcome,
      },
      rules,
    );
    if (!outcome) r.working.push('Không mở kỳ báo cáo cho quý này: không trừ điểm báo cáo.');
    if (outcome === 'not_due') {
      // Counted in full for now, and said so: the unit is not failing a report it may still send in time.
      r.report = { ...r.report, label: NOT_DUE };
      r.working = r.working.map((line) => (line.startsWith('Báo cáo kỳ:') ? `Báo cáo kỳ: ${NOT_DUE.toLowerCase()} → ${formatNumber(r.report.points)}/${formatNumber(r.report.max)}.` : line));
    }
    raw.push({ ...r, unitId: u.id, generalNote: entries.get(u.id)?.note ?? null });
  }
  // Adjustments first, then the caps: an adjusted level counts against the caps like any other.
  const adjustments = await listAdjustments(db, p.code);
  const adjusted = raw.map((r) => {
    let out = r;
    for (const a of adjustments.filter((x) => x.unitId === r.unitId)) {
      out = { ...adjustRating(out, { ...(a.score !== null ? { score: a.score } : { level: a.level as RatingLevel }), reason: a.reason, by: a.by }), unitId: r.unitId, generalNote: r.generalNote };
    }
    return out;
  });
  const capped = applyCaps(adjusted, rules);
  const results = capped.results;
  return { quarter: p.code, rulesYear: year, results, notes: capped.notes };
}
