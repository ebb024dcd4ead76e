// What the review page previews of the report: its frame and rows as the writers print them.
import type { ReviewReportData } from '../../domain/review.ts';
import type { ReviewPreview } from '../../contract/review.ts';
import { dateLineVi, numberLine } from '../../reports/review-text.ts';

export const presentReviewPreview = (d: ReviewReportData): ReviewPreview => ({
  numberLine: numberLine(d),
  dateLine: dateLineVi(d.place, d.date),
  title: d.title,
  signer: d.signer,
  recipients: d.recipients,
  targets: d.targets.rows.map((r) => ({ label: r.label, targetText: r.targetText, unit: r.unit, periodValue: r.periodValue, statusLabel: r.statusLabel })),
  headline: d.targets.headline,
  ratings: d.ratings.map((r) => ({ unitName: r.unitName, personInCharge: r.personInCharge, levelLabel: r.levelLabel })),
});
