// Biểu quyết: the choices, the live count a screen shows, and the rule that decides a question.
import { percentOf } from './percent.ts';

export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = { agree: 'Tán thành', disagree: 'Không tán thành', abstain: 'Không biểu quyết' };

export const VOTE_KINDS = ['programme', 'resolution', 'other'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const VOTE_KIND_LABELS: Record<VoteKind, string> = { programme: 'Chương trình', resolution: 'Nghị quyết', other: 'Vấn đề khác' };

export interface Tally { agree: number; disagree: number; abstain: number }

export interface VoteState extends Tally {
  secret: boolean;
  status: 'open' | 'closed';
}

export interface LiveCount {
  present: number;
  voted: number;
  votedPercent: number;
  /** Each choice and its share of the delegates present; null while a secret question is open. */
  choices: { choice: VoteChoice; label: string; count: number; percent: number }[] | null;
}

/**
 * What a screen shows of a question. A secret question shows only how many have voted until it is
 * closed: counts that move while people vote would tell anyone watching a delegate what they chose.
 */
export function liveCount(v: VoteState, present: number): LiveCount {
  const voted = v.agree + v.disagree + v.abstain;
  const hidden = v.secret && v.status === 'open';
  return {
    present,
    voted,
    votedPercent: percentOf(voted, present),
    choices: hidden ? null : VOTE_CHOICES.map((choice) => ({ choice, label: VOTE_CHOICE_LABELS[choice], count: v[choice], percent: percentOf(v[choice], present) })),
  };
}

/**
 * A question passes when more than half of the delegates convened (triệu tập) agree ("quá một nửa số
 * đại biểu triệu tập tán thành"): not half of those present nor of those who voted, so an absent
 * delegate or one who does not vote weighs as a no (docs/congress.md, rules chosen).
 */
export const passes = (agree: number, convened: number): boolean => convened > 0 && 2 * agree > convened;
