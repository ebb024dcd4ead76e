// Thẩm tra tư cách: the credential review confirms a delegate, excuses them with a reason, or gives their seat to an alternate.
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { conflict, type Bilingual } from '../domain/errors.ts';
import { ACADEMIC_TITLES, ALTERNATE_MADE_FULL, SEXES, THEORY_LEVELS } from '../domain/congress/roster.ts';
import { getCongressByCode, lockCongress } from '../db/congresses.ts';
import { getHallDelegate, insertAlternate, setDelegateStatus, type HallDelegate } from '../db/congress-review.ts';
import { clockDateTimeEn, clockDateTimeVi } from '../domain/congress/clock.ts';
import { defineCommand } from './command.ts';
import { Code, Reason } from './fields.ts';
import { RULES } from '../domain/input-error.ts';

const Text = z.string().trim().max(300);
const Optional = Text.nullish().transform((v) => v || null);

/** The alternate (đại biểu dự khuyết) who takes the seat, with the roster's columns; the unit is the seat's when left out. */
export const Alternate = z
  .object({
    code: Code,
    name: Text.min(1),
    sex: z.enum(SEXES),
    birthYear: z.number().int().min(1900).max(2100),
    unit: Text.min(1).optional(),
    general: z.string().trim().regex(/^(\d{1,2}\/\d{1,2})?$/u, RULES.schooling.en).nullish().transform((v) => v || null),
    professional: Optional,
    academicTitle: z.enum(ACADEMIC_TITLES).nullish().transform((v) => v ?? null),
    theory: z.enum(THEORY_LEVELS).nullish().transform((v) => v ?? null),
    field: Optional,
  })
  .strict();

/** What the review decided about one delegate: the body of `POST …/delegates/{code}/review`. */
export const ReviewDecision = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('confirm') }).strict(),
    z.object({ decision: z.literal('excuse'), reason: Reason }).strict(),
    z.object({ decision: z.literal('replace'), reason: Reason, alternate: Alternate }).strict(),
  ])
  .meta({ id: 'CongressReviewDecision' });

export const CredentialReview = z.object({ congress: Code, delegate: Code, review: ReviewDecision }).strict();

function refuseIfCheckedIn(d: HallDelegate, what: Bilingual) {
  const first = d.checkins[0];
  if (first) {
    throw conflict({
      vi: `delegate: đại biểu ${d.code} đã điểm danh lúc ${clockDateTimeVi(first.at)}, không ${what.vi} được`,
      en: `delegate: ${d.code} checked in at ${clockDateTimeEn(first.at)} and cannot be ${what.en}`,
    });
  }
}

/**
 * One delegate's review. A replaced delegate is no longer convened and their alternate is (as
 * "Dự khuyết chuyển chính thức", counted within the kind of their party committee); an excused one
 * stays convened and absent. A delegate already checked in is present: they can be neither excused
 * nor replaced. A replacement is final: the alternate may in turn be reviewed, the seat's holder not.
 */
export const reviewCredential = defineCommand({
  name: 'reviewCredential',
  input: CredentialReview,
  async run(ctx, { congress: congressCode, delegate, review: input }) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, congressCode);
    await lockCongress(ctx.trx, congress.id);
    const d = await getHallDelegate(ctx.trx, congress, delegate);
    // Who is convened changes the screens' denominators.
    ctx.changed({ topic: 'attendance', congressId: congress.id });
    ctx.changed({ topic: 'votes', congressId: congress.id });
    if (d.status === 'replaced') {
      throw conflict({
        vi: `delegate: đại biểu ${d.code} đã được thay bằng ${d.replacedBy ?? 'đại biểu dự khuyết'}, không xét lại được`,
        en: `delegate: ${d.code} was replaced by ${d.replacedBy ?? 'an alternate'} and cannot be reviewed again`,
      });
    }
    if (input.decision === 'confirm') {
      await setDelegateStatus(ctx.trx, congress, d, 'confirmed', null, ctx.actor.id);
      return { congress: congress.code, delegate: await getHallDelegate(ctx.trx, congress, d.code), alternate: null };
    }
    refuseIfCheckedIn(d, input.decision === 'excuse' ? { vi: 'miễn dự', en: 'excused' } : { vi: 'thay', en: 'replaced' });
    if (input.decision === 'excuse') {
      await setDelegateStatus(ctx.trx, congress, d, 'excused', input.reason, ctx.actor.id);
      return { congress: congress.code, delegate: await getHallDelegate(ctx.trx, congress, d.code), alternate: null };
    }
    const a = input.alternate;
    const taken = await getHallDelegate(ctx.trx, congress, a.code).catch(() => null);
    if (taken) throw conflict({ vi: `alternate.code: mã ${a.code} đã là của đại biểu ${taken.name}`, en: `alternate.code: ${a.code} is already the code of ${taken.name}` });
    await setDelegateStatus(ctx.trx, congress, d, 'replaced', input.reason, ctx.actor.id);
    await insertAlternate(ctx.trx, congress, d, { ...a, unit: a.unit ?? d.unit, kind: ALTERNATE_MADE_FULL }, ctx.actor.id);
    return {
      congress: congress.code,
      delegate: await getHallDelegate(ctx.trx, congress, d.code),
      alternate: await getHallDelegate(ctx.trx, congress, a.code),
    };
  },
});
