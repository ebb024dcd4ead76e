// Login throttling: slow down, then refuse for a while, never lock a real user out for good.

export interface ThrottleRule {
  /** Failures for one login after which each answer waits a little longer. */
  slowAfter: number;
  /** Failures for one login after which logins are refused until the window passes. */
  refuseAfter: number;
  /** Failures from one address after which it is refused until the window passes. */
  refuseIpAfter: number;
  windowMinutes: number;
  /** The extra wait per failure beyond slowAfter, capped. */
  stepMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE: ThrottleRule = { slowAfter: 3, refuseAfter: 10, refuseIpAfter: 50, windowMinutes: 15, stepMs: 500, maxDelayMs: 4000 };

export type ThrottleDecision = { kind: 'allow'; delayMs: number } | { kind: 'refuse'; retryAfterSeconds: number };

/**
 * Failures only count inside the window and since the last success, so a locked login opens again
 * by itself; an attacker guessing one login from many addresses slows only that login.
 */
export function throttle(failures: { byLogin: number; byIp: number }, rule: ThrottleRule = DEFAULT_THROTTLE): ThrottleDecision {
  if (failures.byLogin >= rule.refuseAfter || failures.byIp >= rule.refuseIpAfter) {
    return { kind: 'refuse', retryAfterSeconds: rule.windowMinutes * 60 };
  }
  const over = failures.byLogin - rule.slowAfter + 1;
  return { kind: 'allow', delayMs: over > 0 ? Math.min(rule.maxDelayMs, over * rule.stepMs) : 0 };
}
