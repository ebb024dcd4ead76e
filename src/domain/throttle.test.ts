import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE, throttle } from './throttle.ts';

describe('throttle', () => {
  it.each([
    [0, 0, 0, { kind: 'allow', delayMs: 0 }],
    [2, 2, 0, { kind: 'allow', delayMs: 0 }],
    [3, 3, 0, { kind: 'allow', delayMs: 500 }],
    [4, 4, 0, { kind: 'allow', delayMs: 1000 }],
    [9, 9, 0, { kind: 'allow', delayMs: 3500 }],
    [10, 10, 10, { kind: 'refuse', retryAfterSeconds: 900 }],
    // Ten failures at a login from other addresses: this address is only slowed, not refused.
    [10, 0, 0, { kind: 'allow', delayMs: 4000 }],
    // A distributed guess: a hundred failures from anywhere refuse the login.
    [100, 0, 0, { kind: 'refuse', retryAfterSeconds: 900 }],
    // A busy address (an office behind one NAT): refused for the logins it failed on, not for the others.
    [0, 0, 50, { kind: 'allow', delayMs: 0 }],
    [1, 1, 50, { kind: 'refuse', retryAfterSeconds: 900 }],
    [0, 0, 1000, { kind: 'refuse', retryAfterSeconds: 900 }],
  ])('%i failures for the login, %i of them from the address, %i from the address → %j', (byLogin, byLoginIp, byIp, expected) => {
    expect(throttle({ byLogin, byLoginIp, byIp })).toEqual(expected);
  });

  it('caps the delay', () => {
    expect(throttle({ byLogin: 9, byLoginIp: 0, byIp: 0 }, { ...DEFAULT_THROTTLE, maxDelayMs: 2000 })).toEqual({ kind: 'allow', delayMs: 2000 });
  });
});
