import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE, throttle } from './throttle.ts';

describe('throttle', () => {
  it.each([
    [0, 0, { kind: 'allow', delayMs: 0 }],
    [2, 0, { kind: 'allow', delayMs: 0 }],
    [3, 0, { kind: 'allow', delayMs: 500 }],
    [4, 0, { kind: 'allow', delayMs: 1000 }],
    [9, 0, { kind: 'allow', delayMs: 3500 }],
    [10, 0, { kind: 'refuse', retryAfterSeconds: 900 }],
    [0, 49, { kind: 'allow', delayMs: 0 }],
    [0, 50, { kind: 'refuse', retryAfterSeconds: 900 }],
  ])('%i failures for the login, %i from the address → %j', (byLogin, byIp, expected) => {
    expect(throttle({ byLogin, byIp })).toEqual(expected);
  });

  it('caps the delay', () => {
    expect(throttle({ byLogin: 9, byIp: 0 }, { ...DEFAULT_THROTTLE, refuseAfter: 100, maxDelayMs: 2000 })).toEqual({ kind: 'allow', delayMs: 2000 });
  });
});
