// Đại biểu đăng nhập: the secretariat issues the codes printed on the delegates' cards; a delegate signs
// in with the congress's code, their own code and that sign-in code, throttled as a user's password is.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { authorize, mayManageCongress } from '../domain/policy.ts';
import { invalid } from '../domain/errors.ts';
import { SIGNIN_ALPHABET, SIGNIN_LENGTH, formatSignInCode, normaliseSignInCode } from '../domain/congress/signin-code.ts';
import { throttle, type ThrottleRule } from '../domain/throttle.ts';
import type { Seat } from '../domain/user.ts';
import { getCongressByCode, lockCongress } from '../db/congresses.ts';
import { createDelegateSession, endDelegateSession, findDelegateForSignIn, hashSignInCode, replaceSignInCodes, rosterSeats, spendSignInCode, isSpentSignInCode } from '../db/congress-signin.ts';
import { lockLogin, recentFailures, recordAttempt } from '../db/login-attempts.ts';
import { endSession } from '../db/sessions.ts';
import { recordAudit } from '../db/audit.ts';
import { defineCommand } from './command.ts';
import { Code } from './fields.ts';

export const SignInCodesIssue = z
  .object({
    congress: Code,
    /** Delegates' codes to issue for (a lost card); every delegate not replaced when left out. */
    delegates: z.array(Code).min(1).max(20_000).optional(),
  })
  .strict()
  .meta({ id: 'CongressSignInCodesIssue' });

export interface IssuedSignInCode { delegate: string; name: string; unit: string; signInCode: string }

const newCode = () => Array.from({ length: SIGNIN_LENGTH }, () => SIGNIN_ALPHABET[randomInt(SIGNIN_ALPHABET.length)]).join('');

/**
 * New sign-in codes, answered this once and stored only as hashes: printed on the cards (the card
 * generator takes `signInCode` per delegate, see signInCodesByDelegate) or handed out as a sheet.
 * Issuing again replaces a delegate's code and ends the sessions opened with the old one.
 */
export const issueSignInCodes = defineCommand({
  name: 'issueSignInCodes',
  input: SignInCodesIssue,
  async run(ctx, input) {
    authorize(mayManageCongress(ctx.actor));
    const congress = await getCongressByCode(ctx.trx, input.congress);
    await lockCongress(ctx.trx, congress.id);
    const seats = (await rosterSeats(ctx.trx, congress.id)).filter((s) => s.status !== 'replaced');
    let chosen = seats;
    if (input.delegates) {
      const wanted = new Set(input.delegates.map((c) => c.toLowerCase()));
      chosen = seats.filter((s) => wanted.has(s.code.toLowerCase()));
      const known = new Set(chosen.map((s) => s.code.toLowerCase()));
      const unknown = input.delegates.filter((c) => !known.has(c.toLowerCase()));
      if (unknown.length) throw invalid({ vi: `delegates: không có đại biểu mã ${unknown.slice(0, 10).join(', ')} trong đại hội ${congress.code}`, en: `delegates: no delegate ${unknown.slice(0, 10).join(', ')} in congress ${congress.code}` }, { unknown });
    }
    if (chosen.length === 0) throw invalid({ vi: `congress: đại hội ${congress.code} chưa có danh sách đại biểu`, en: `congress: ${congress.code} has no delegates yet` });
    const issued = chosen.map((s) => ({ seat: s, raw: newCode() }));
    await replaceSignInCodes(ctx.trx, issued.map((i) => ({ delegateId: i.seat.id, codeHash: hashSignInCode(i.raw) })), ctx.actor.id);
    // The trail says who issued codes for whom, never the codes.
    await recordAudit(ctx.trx, { actor: ctx.actor.id, action: 'issue_signin_codes', objectType: 'congress', objectId: congress.id, before: null, after: { delegates: chosen.map((s) => s.code) } });
    const codes: IssuedSignInCode[] = issued.map((i) => ({ delegate: i.seat.code, name: i.seat.name, unit: i.seat.unit, signInCode: formatSignInCode(i.raw) }));
    return { congress: congress.code, codes };
  },
});

/** The issued codes by delegate's code, as the delegate-card generator takes them (`signInCode` per delegate). */
export const signInCodesByDelegate = (issued: { codes: readonly IssuedSignInCode[] }): Map<string, string> => new Map(issued.codes.map((c) => [c.delegate, c.signInCode]));

export const DelegateLogin = z
  .object({ congress: Code, delegate: Code, code: z.string().trim().min(1).max(40) })
  .strict()
  .meta({ id: 'DelegateLogin' });

export type DelegateSignInResult =
  | { kind: 'signed_in'; seat: Seat; name: string; sessionId: string; csrfToken: string }
  | { kind: 'wrong' }
  | { kind: 'spent' }
  | { kind: 'refused'; retryAfterSeconds: number };

/** The throttle's key for a seat: failures count per delegate of a congress, as per login for a user. */
export const delegateLoginKey = (congress: string, delegate: string) => `dh:${congress}/${delegate}`.toLowerCase();

export const signInDelegate = defineCommand({
  name: 'signInDelegate',
  input: DelegateLogin.extend({ ip: z.string(), userAgent: z.string().nullable(), previousSession: z.string().nullable(), rule: z.custom<ThrottleRule>() }),
  // A wrong code is an answer, not an error: its attempt must be committed to count.
  async run(ctx, { congress, delegate, code, ip, userAgent, previousSession, rule }): Promise<DelegateSignInResult> {
    const key = delegateLoginKey(congress, delegate);
    await lockLogin(ctx.trx, key);
    const decision = throttle(await recentFailures(ctx.trx, key, ip, rule.windowMinutes), rule);
    if (decision.kind === 'refuse') return { kind: 'refused', retryAfterSeconds: decision.retryAfterSeconds };
    const found = await findDelegateForSignIn(ctx.trx, congress, delegate);
    const typed = normaliseSignInCode(code);
    const hash = typed ? hashSignInCode(typed) : null;
    const ok = Boolean(found && hash && found.status !== 'replaced' && (await spendSignInCode(ctx.trx, found.id, hash)));
    await recordAttempt(ctx.trx, key, ip, ok);
    if (!ok || !found) {
      // The right code, already spent: say so, so the delegate asks for a new one (only the card's holder knows it).
      const spent = found && hash && (await isSpentSignInCode(ctx.trx, found.id, hash));
      return spent ? { kind: 'spent' } : { kind: 'wrong' };
    }
    if (previousSession) {
      await endSession(ctx.trx, previousSession);
      await endDelegateSession(ctx.trx, previousSession);
    }
    const s = await createDelegateSession(ctx.trx, found.id, { ip, userAgent });
    const seat: Seat = { congressId: found.congress_id, congressCode: found.congress_code, delegateId: found.id, delegateCode: found.code };
    await recordAudit(ctx.trx, { actor: `delegate:${found.id}`, action: 'login', objectType: 'congress_delegate', objectId: found.id, before: null, after: { ip } });
    return { kind: 'signed_in', seat, name: found.name, sessionId: s.id, csrfToken: s.csrfToken };
  },
});
