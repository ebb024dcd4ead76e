import { describe, expect, it } from 'vitest';
import { delegateMayReach } from './delegate-reach.ts';

const seat = { congressId: 'c1', congressCode: 'DH-2025', delegateId: 'd1', delegateCode: 'S001' };

describe('delegateMayReach', () => {
  it.each([
    ['GET', '/api/delegate/me', true],
    ['POST', '/api/delegate/logout', true],
    ['GET', '/api/congresses/DH-2025/programme', true],
    ['GET', '/api/congresses/DH-2025/papers', true],
    ['GET', '/api/congresses/DH-2025/papers/p1', true],
    ['GET', '/api/congresses/DH-2025/papers/p1/versions/3/file', true],
    ['GET', '/api/congresses/DH-2025/votes', true],
    ['GET', '/api/congresses/DH-2025/votes/v1', true],
    ['POST', '/api/congresses/DH-2025/votes/v1/ballots', true],
    // The secretariat's side of the same congress.
    ['POST', '/api/congresses/DH-2025/votes', false],
    ['POST', '/api/congresses/DH-2025/votes/v1/close', false],
    ['POST', '/api/congresses/DH-2025/signin-codes', false],
    ['GET', '/api/congresses/DH-2025/stats', false],
    ['GET', '/api/congresses/DH-2025/contributions', false],
    ['POST', '/api/congresses/DH-2025/checkins', false],
    ['PUT', '/api/congresses/DH-2025/programme', false],
    ['GET', '/api/congresses/DH-2025', false],
    // Another congress, a code in another case, the rest of the app.
    ['GET', '/api/congresses/DH-2030/programme', false],
    ['GET', '/api/congresses/dh-2025/programme', false],
    ['GET', '/api/congresses', false],
    ['GET', '/api/tasks', false],
    ['GET', '/api/auth/me', false],
    ['GET', '/api/congresses/DH-2025/votes/v1/ballots', false],
    ['GET', '/api/congresses/%E0%A4%A/programme', false],
  ])('%s %s → %s', (method, path, expected) => {
    expect(delegateMayReach(seat, method, path)).toBe(expected);
  });
});
