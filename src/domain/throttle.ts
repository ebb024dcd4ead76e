// Login throttling: slow down, then refuse for a while, never lock a real user out for good, and never
// let one address (an attacker, or a whole office behind one NAT) shut out people it does not attack.

export interface ThrottleRule {
  /** Failures for one login (from anywhere) after which each answer waits a little longer. */
  slowAfter: number;
  /** Failures for one login from one address after which that address is refused for it. */
  refuseAfter: number;
  /** Failures for one login from all addresses together (a distributed guess) after which it is refused. */
  refuseLoginAfter: number;
  /** Failures from one address after which it is refused for the logins it has failed on. */
  refuseIpAfter: number;
  /** Failures from one address after which it is refused for every login (a spray over many logins). */
  refuseIpHardAfter: number;
  windowMinutes: number;
  /** The extra wait per failure beyond slowAfter, capped. */
  stepMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE: ThrottleRule = {
  slowAfter: 3, refuseAfter: 10, refuseLoginAfter: 100, refuseIpAfter: 50, refuseIpHardAfter: 1000, windowMinutes: 15, stepMs: 500, maxDelayMs: 4000,
};

export interface Failures {
  /** For this login since its last success, from any address. */
  byLogin: number;
  /** For this login since its last success, from this address. */
  byLoginIp: number;
  /** From this address, for any login. */
  byIp: number;
}

export type ThrottleDecision = { kind: 'allow'; delayMs: number } | { kind: 'refuse'; retryAfterSeconds: number };

/**
 * Failures only count inside the window and since the last success, so a locked login opens again by
 * itself. Ten wrong guesses at `admin` from one address refuse that address for `admin`, not `admin`
 * itself; a busy address is refused only for the logins it has failed on, so a colleague behind the
 * same NAT still signs in (up to a hard ceiling that stops a spray over every login).
 */
export function throttle(f: Failures, rule: ThrottleRule = DEFAULT_THROTTLE): ThrottleDecision {
  const refuse =
    f.byLoginIp >= rule.refuseAfter ||
    f.byLogin >= rule.refuseLoginAfter ||
    (f.byIp >= rule.refuseIpAfter && f.byLoginIp > 0) ||
    f.byIp >= rule.refuseIpHardAfter;
  if (refuse) return { kind: 'refuse', retryAfterSeconds: rule.windowMinutes * 60 };
  const over = f.byLogin - rule.slowAfter + 1;
  return { kind: 'allow', delayMs: over > 0 ? Math.min(rule.maxDelayMs, over * rule.stepMs) : 0 };
}
