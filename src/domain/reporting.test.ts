import { describe, expect, it } from 'vitest';
import { nextStatus, timeliness, type SubmissionAction, type SubmissionStatus } from './reporting.ts';

describe('nextStatus', () => {
  it.each<[SubmissionStatus, SubmissionAction, SubmissionStatus | null]>([
    ['draft', 'edit', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['draft', 'accept', null],
    ['submitted', 'edit', null],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
    ['returned', 'edit', 'returned'],
    ['returned', 'submit', 'submitted'],
    ['accepted', 'edit', null],
    ['accepted', 'return', null],
    ['accepted', 'reopen', 'draft'],
    ['draft', 'reopen', null],
  ])('%s + %s → %s', (from, action, to) => expect(nextStatus(from, action)).toBe(to));
});

describe('timeliness', () => {
  const due = '2025-10-05';
  it.each<[SubmissionStatus | null, string | null, string, string]>([
    ['submitted', '2025-10-05', '2025-10-20', 'on_time'],
    ['accepted', '2025-10-06', '2025-10-20', 'late'],
    ['draft', null, '2025-10-05', 'pending'],
    ['draft', null, '2025-10-06', 'missing'],
    ['returned', '2025-10-01', '2025-10-09', 'missing'],
    [null, null, '2025-09-30', 'pending'],
    [null, null, '2025-10-30', 'missing'],
  ])('%s sent %s, as of %s → %s', (status, sent, asOf, expected) => {
    expect(timeliness(status ? { status, submittedOn: sent } : null, due, asOf)).toBe(expected);
  });
});
