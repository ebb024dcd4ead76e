// What the API shows of a unit's quarterly rating: the score, its level and all of its working.
import type { RatingResult } from '../../domain/rating.ts';
import type { RatingRow } from '../../contract/rating.ts';

export const presentRating = (r: RatingResult, unitId: string, generalNote: string | null): RatingRow => ({
  unitId, unitCode: r.unitCode, unitName: r.unitName, quarter: r.quarter, rulesYear: r.rulesYear, score: r.score, provisional: r.provisional,
  scoreRange: r.scoreRange, general: r.general, generalNote, tasks: r.tasks, targets: r.targets, report: r.report, level: r.level,
  levelLabel: r.levelLabel, thresholds: r.thresholds, working: r.working, adjustments: r.adjustments, capped: r.capped,
});
