// The rules of the quarterly rating (xếp loại), one file per year under rules/rating-YYYY.json:
// weights, thresholds, deductions and caps, so the secretariat can change them without code.
import { z } from 'zod';
import { invalid } from './errors.ts';
import { formatNumber } from './format.ts';
import { TARGET_STATUSES, type TargetStatusKind } from './target-status.ts';

/** The four official levels, best first (the codes ReviewRatingRow uses). */
export const RATING_LEVELS = ['excellent', 'good', 'done', 'not_done'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  done: 'Hoàn thành nhiệm vụ',
  not_done: 'Không hoàn thành nhiệm vụ',
};

/** How the unit's report for the period ended: accepted on time or late, returned and not accepted, never sent. */
export const REPORT_OUTCOMES = ['accepted_on_time', 'accepted_late', 'returned', 'missing'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export const REPORT_OUTCOME_LABELS: Record<ReportOutcome, string> = {
  accepted_on_time: 'Báo cáo được tiếp nhận, gửi đúng hạn',
  accepted_late: 'Báo cáo được tiếp nhận, gửi chậm',
  returned: 'Báo cáo bị trả lại, chưa được tiếp nhận',
  missing: 'Không gửi báo cáo',
};

const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const points = z.number().min(0, 'must not be negative').max(100, 'must be at most 100');
const level = z.enum(RATING_LEVELS);

const targetCredit = z.strictObject(
  Object.fromEntries(TARGET_STATUSES.map((s) => [s, share.nullable()])) as Record<TargetStatusKind, z.ZodNullable<typeof share>>,
);
const reportCredit = z.strictObject(
  Object.fromEntries(REPORT_OUTCOMES.map((s) => [s, share])) as Record<ReportOutcome, typeof share>,
);

const capSchema = z.strictObject({
  /** The level that is limited (its extra members go one level down). */
  level: level.refine((l) => l !== 'not_done', 'the lowest level cannot be capped'),
  /** At most this share … */
  maxShare: share,
  /** … of the units rated at any of these levels (counted before the cap). */
  of: z.array(level).min(1, 'must name at least one level'),
  /** How a fractional allowance becomes a count: floor reads "may not exceed" literally. */
  rounding: z.enum(['floor', 'round', 'ceil']).default('floor'),
});

const schema = z
  .strictObject({
    year: z.number().int('must be a whole year').min(2000, 'must be a year such as 2026').max(2100, 'must be a year such as 2026'),
    /** The texts the numbers come from, for the working and the docs. */
    basis: z.string().trim().min(1, 'must name the rules the numbers come from'),
    weights: z.strictObject({
      /** Tiêu chí chung: entered by people. */
      general: points,
      /** Kết quả thực hiện nhiệm vụ, from the data: tasks, targets, the period report. */
      tasks: points,
      targets: points,
      report: points,
    }),
    /** The least score of each level; below `done` is not_done. */
    thresholds: z.strictObject({ excellent: points, good: points, done: points }),
    tasks: z.strictObject({
      /** Share of a task's points lost when it was finished after its deadline. */
      lateDeduction: share,
      /** … when it was returned as substandard (không đạt yêu cầu) at least once. */
      returnedDeduction: share,
      /** … when it is still open past its deadline at the quarter's end. */
      overdueDeduction: share,
      /** Also rate open tasks whose deadline fell in an earlier quarter (they lose their points again). */
      carryOverdue: z.boolean().default(false),
    }),
    targets: z.strictObject({
      /** Share of a target's points by its status; null leaves the target out of the rating. */
      credit: targetCredit,
    }),
    report: z.strictObject({ credit: reportCredit }),
    /** A part with nothing to rate (no task due, no target assessed): its points given in full, or shared out over the other data parts. */
    whenNothingToRate: z.enum(['full', 'prorate']),
    caps: z.array(capSchema).default([]),
  })
  .superRefine((r, ctx) => {
    const sum = r.weights.general + r.weights.tasks + r.weights.targets + r.weights.report;
    if (Math.abs(sum - 100) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: `must sum to 100 (general + tasks + targets + report = ${sum})` });
    }
    const t = r.thresholds;
    if (!(t.done > 0 && t.done < t.good && t.good < t.excellent)) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: `must rise strictly: 0 < done < good < excellent ≤ 100 (got done ${t.done}, good ${t.good}, excellent ${t.excellent})`,
      });
    }
    const seen = new Set<RatingLevel>();
    r.caps.forEach((cap, i) => {
      if (seen.has(cap.level)) ctx.addIssue({ code: 'custom', path: ['caps', i, 'level'], message: `${cap.level} is capped twice` });
      seen.add(cap.level);
      if (!cap.of.includes(cap.level)) {
        ctx.addIssue({ code: 'custom', path: ['caps', i, 'of'], message: `must include the capped level ${cap.level}` });
      }
    });
  });

export type RatingRules = z.infer<typeof schema>;
export type RatingCap = RatingRules['caps'][number];

/** Validates a rules file's JSON; throws AppError('invalid') listing every problem as `field: message`. */
export function parseRatingRules(json: unknown): RatingRules {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(rules)'}: ${i.message}`);
  throw invalid(`Invalid rating rules: ${lines.join('; ')}`, { errors: lines });
}

/** The level of a score (already rounded to 2 decimals) under the thresholds. */
export function levelOf(score: number, thresholds: RatingRules['thresholds']): RatingLevel {
  if (score >= thresholds.excellent) return 'excellent';
  if (score >= thresholds.good) return 'good';
  if (score >= thresholds.done) return 'done';
  return 'not_done';
}

/** The rules file of a year, relative to the project root (the loader at the edge reads it). */
export const ratingRulesFile = (year: number): string => `rules/rating-${year}.json`;

export interface Demotion {
  unitCode: string;
  score: number;
  from: RatingLevel;
  to: RatingLevel;
  /** Place among the units at the capped level, 1 = highest score. */
  rank: number;
  reason: string;
}

export interface CapOutcome<R> {
  /** The results in the order given, demoted ones with their new level and `capped` set. */
  results: R[];
  demotions: Demotion[];
  /** What the caps could not settle (provisional ratings left out of the count). */
  notes: string[];
}

/** The fields of a rating the caps read and write (RatingResult in rating.ts). */
export interface Cappable {
  unitCode: string;
  score: number;
  provisional: boolean;
  level: RatingLevel | null;
  levelLabel: string;
  working: string[];
  capped: { from: RatingLevel; reason: string } | null;
}

const fmt = (x: number): string => formatNumber(x, 2);

/**
 * Applies the caps, best level first: at the capped level the units keep it by score, highest first;
 * on equal scores the unit code decides in plain character order (A before B, "P01" before "P02") —
 * an arbitrary but stable tie-break, which a leader may override only by adjusting with a reason.
 * The allowance is counted before the cap on the levels named in `of`. Provisional ratings are
 * neither counted nor demoted: caps are final only once every general score is in.
 */
export function applyCaps<R extends Cappable>(results: readonly R[], rules: RatingRules): CapOutcome<R> {
  const out = results.map((r) => ({ ...r }));
  const demotions: Demotion[] = [];
  const notes: string[] = [];
  const pending = out.filter((r) => r.provisional || r.level === null).length;
  if (pending > 0) notes.push(`${pending} đơn vị chưa có điểm tiêu chí chung: chưa tính vào giới hạn tỷ lệ.`);
  const rated = out.filter((r) => !r.provisional && r.level !== null);
  const caps = [...rules.caps].sort((a, b) => RATING_LEVELS.indexOf(a.level) - RATING_LEVELS.indexOf(b.level));
  for (const cap of caps) {
    const base = rated.filter((r) => cap.of.includes(r.level!)).length;
    const raw = cap.maxShare * base;
    // A tolerance so 0.2 × 10 is 2, not 1.9999…
    const allowed = cap.rounding === 'floor' ? Math.floor(raw + 1e-9) : cap.rounding === 'ceil' ? Math.ceil(raw - 1e-9) : Math.round(raw);
    const at = rated
      .filter((r) => r.level === cap.level)
      .sort((a, b) => b.score - a.score || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
    if (at.length <= allowed) continue;
    const to = RATING_LEVELS[RATING_LEVELS.indexOf(cap.level) + 1]!;
    const ofText = cap.of.map((l) => RATING_LEVEL_LABELS[l]).join(', ');
    at.slice(allowed).forEach((r, i) => {
      const rank = allowed + i + 1;
      const lastKept = allowed > 0 ? at[allowed - 1] : undefined;
      const tie = lastKept && lastKept.score === r.score ? `; bằng điểm đơn vị ${lastKept.unitCode}, xếp sau theo mã đơn vị` : '';
      const reason = `Giới hạn: ${RATING_LEVEL_LABELS[cap.level]} không quá ${fmt(cap.maxShare * 100)}% số đơn vị xếp loại ` +
        `${ofText} (${base} đơn vị → tối đa ${allowed}); đơn vị xếp thứ ${rank} theo điểm (${fmt(r.score)}${tie}) ` +
        `nên chuyển xuống ${RATING_LEVEL_LABELS[to]}.`;
      demotions.push({ unitCode: r.unitCode, score: r.score, from: cap.level, to, rank, reason });
      r.capped = { from: cap.level, reason };
      r.level = to;
      r.levelLabel = RATING_LEVEL_LABELS[to];
      r.working = [...r.working, reason];
    });
  }
  return { results: out, demotions, notes };
}
