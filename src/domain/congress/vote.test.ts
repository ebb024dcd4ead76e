import { describe, expect, it } from 'vitest';
import { liveCount, passes } from './vote.ts';

describe('passes: more than half of the delegates convened agree', () => {
  it.each([
    [224, 446, true],
    [223, 446, false], // exactly half is not more than half
    [2, 3, true],
    [1, 2, false],
    [0, 0, false],
    [445, 446, true],
  ])('%i of %i convened agree → %s', (agree, convened, expected) => {
    expect(passes(agree, convened)).toBe(expected);
  });
});

describe('liveCount', () => {
  it('an open ballot shows each choice against the delegates present', () => {
    const c = liveCount({ secret: false, status: 'open', agree: 2, disagree: 1, abstain: 0 }, 8);
    expect(c).toMatchObject({ present: 8, voted: 3, votedPercent: 37.5 });
    expect(c.choices).toEqual([
      { choice: 'agree', label: 'Tán thành', count: 2, percent: 25 },
      { choice: 'disagree', label: 'Không tán thành', count: 1, percent: 12.5 },
      { choice: 'abstain', label: 'Không biểu quyết', count: 0, percent: 0 },
    ]);
  });
  it('a secret ballot hides the choices while open, shows them once closed', () => {
    expect(liveCount({ secret: true, status: 'open', agree: 2, disagree: 1, abstain: 0 }, 3)).toEqual({ present: 3, voted: 3, votedPercent: 100, choices: null });
    expect(liveCount({ secret: true, status: 'closed', agree: 2, disagree: 1, abstain: 0 }, 3).choices?.map((c) => c.count)).toEqual([2, 1, 0]);
  });
  it('nobody present gives 0%, not a division by zero', () => {
    expect(liveCount({ secret: false, status: 'open', agree: 0, disagree: 0, abstain: 0 }, 0).votedPercent).toBe(0);
  });
});
