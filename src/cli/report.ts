// `haidang report --period 2025-Q3 [--unit CODE] [--format docx|xlsx] [--out FILE]`: the review report as a file.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Db } from '../db/connection.ts';
import { findUnitByCode } from '../db/units.ts';
import { AppError } from '../domain/errors.ts';
import { renderReview } from '../server/services/review-file.ts';
import { say } from './language.js';

const USAGE = 'usage: haidang report --period 2025-Q3 [--unit CODE] [--format docx|xlsx] [--out FILE]';

export async function reportCommand(db: Db, args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args, options: { period: { type: 'string' }, unit: { type: 'string' }, format: { type: 'string', default: 'docx' }, out: { type: 'string' } } }).values;
  } catch (e) {
    throw new AppError('invalid', `report: ${e instanceof Error ? e.message : String(e)}; ${USAGE}`);
  }
  if (!values.period) throw new AppError('invalid', { vi: `report: thiếu --period; ${USAGE}`, en: `report: --period is required; ${USAGE}` });
  if (values.format !== 'docx' && values.format !== 'xlsx') throw new AppError('invalid', { vi: `report: --format là docx hoặc xlsx; ${USAGE}`, en: `report: --format is docx or xlsx; ${USAGE}` });
  let unitId: string | null = null;
  if (values.unit) {
    const u = await findUnitByCode(db, values.unit);
    if (!u) throw new AppError('invalid', { vi: `report: không có đơn vị mã ${values.unit}`, en: `report: no unit with code ${values.unit}` });
    unitId = u.id;
  }
  const file = await renderReview(db, { period: values.period, unitId, format: values.format });
  const out = values.out ?? file.name;
  writeFileSync(out, file.bytes);
  // The title and the headline are the report's own words, Vietnamese as the document is.
  const { title, targets, tasks } = file.data;
  console.log(say({ vi: `${out}: ${title} (${targets.headline}; ${tasks.summary.total} nhiệm vụ)`, en: `${out}: ${title} (${targets.headline}; ${tasks.summary.total} tasks)` }));
  return 0;
}
