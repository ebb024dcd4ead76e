// The answers of a congress (đại hội): the congress, its delegates as the hall sees them, the live attendance, the statistics.
import { z } from 'zod';
import { DELEGATE_KINDS, DELEGATE_STATUSES, SEXES } from '../domain/congress/roster.ts';
import { Day } from './common.ts';

export const CHECKIN_SESSION_CODES = ['tru-bi', 'chinh-thuc'] as const;
export const CheckinSessionCode = z.enum(CHECKIN_SESSION_CODES);

export const CongressView = z.strictObject({ id: z.string(), code: z.string(), name: z.string(), startsOn: Day, endsOn: Day }).meta({ id: 'Congress' });
export type CongressView = z.infer<typeof CongressView>;

const Line = z.strictObject({ label: z.string(), count: z.number().int(), percent: z.number() });
const Count = z.strictObject({ label: z.string(), count: z.number().int() });
const Person = z.strictObject({ age: z.number().int(), code: z.string(), name: z.string(), unit: z.string() }).nullable();

/** Section II exactly as the contract prints it (`congress stats --json`). */
export const CongressStats = z
  .strictObject({
    congress: z.string(),
    convened: z.number().int(),
    attended: z.number().int(),
    absent: z.number().int(),
    attendedPercent: z.number(),
    kinds: z.array(Count),
    breakdowns: z.strictObject({ gender: z.array(Line), age: z.array(Line), general: z.array(Line), professional: z.array(Line), theory: z.array(Line), field: z.array(Line) }),
    academicTitles: z.array(Count),
    oldest: Person,
    youngest: Person,
  })
  .meta({ id: 'CongressStats' });
export type CongressStats = z.infer<typeof CongressStats>;

/** One delegate as the secretariat's hall shows them: the roster's columns, the review, the check-ins. */
export const DelegateView = z
  .strictObject({
    code: z.string(),
    name: z.string(),
    sex: z.enum(SEXES),
    birthYear: z.number().int(),
    unit: z.string(),
    kind: z.enum(DELEGATE_KINDS),
    general: z.string().nullable(),
    professional: z.string().nullable(),
    academicTitle: z.string().nullable(),
    theory: z.string().nullable(),
    field: z.string().nullable(),
    position: z.number().int(),
    status: z.enum(DELEGATE_STATUSES),
    /** Why the delegate was excused or replaced, in the secretariat's words. */
    statusReason: z.string().nullable(),
    /** The code of the delegate whose seat this alternate took, and of the alternate who took this one's. */
    replaces: z.string().nullable(),
    replacedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    checkins: z.array(z.strictObject({ session: CheckinSessionCode, at: z.string() })),
  })
  .meta({ id: 'CongressDelegate' });
export type DelegateView = z.infer<typeof DelegateView>;

export const DelegateList = z.strictObject({ congress: z.string(), items: z.array(DelegateView), total: z.number().int() }).meta({ id: 'CongressDelegateList' });
export type DelegateList = z.infer<typeof DelegateList>;

export const ReviewResult = z.strictObject({ congress: z.string(), delegate: DelegateView, alternate: DelegateView.nullable() }).meta({ id: 'CongressReviewResult' });
export type ReviewResult = z.infer<typeof ReviewResult>;

/** The presidium's screen: present over convened, for the congress and for each session. */
export const Attendance = z
  .strictObject({
    congress: z.string(),
    convened: z.number().int(),
    present: z.number().int(),
    percent: z.number(),
    sessions: z.array(z.strictObject({ session: CheckinSessionCode, present: z.number().int(), percent: z.number() })),
    /** When the server counted, so the screen can say how fresh its numbers are. */
    at: z.string(),
  })
  .meta({ id: 'CongressAttendance' });
export type Attendance = z.infer<typeof Attendance>;

export const CheckInResult = z
  .strictObject({
    congress: z.string(), session: z.string(), delegates: z.number().int(), added: z.number().int(), already: z.number().int(),
    /** Delegates scanned again in this session: not counted twice; when they first came, and the hall's words for it. */
    again: z.array(z.strictObject({ delegate: z.string(), name: z.string(), firstAt: z.string(), message: z.string() })),
  })
  .meta({ id: 'CongressCheckInResult' });
export type CheckInResult = z.infer<typeof CheckInResult>;
export const RosterResult = z.strictObject({ congress: z.string(), delegates: z.number().int(), replaced: z.number().int() }).meta({ id: 'CongressRosterResult' });
export type RosterResult = z.infer<typeof RosterResult>;
