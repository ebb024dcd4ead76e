// Quá trình của một báo cáo: submitted, returned (with its reason and line comments), accepted,
// reopened, read from the audit trail, where every decision on a submission is written.
import type { Db } from './connection.ts';
import { listAudit } from './audit.ts';
import type { LineComment } from '../domain/reporting.ts';

export interface SubmissionStep {
  action: 'submit' | 'return' | 'accept' | 'reopen';
  at: string;
  actorName: string | null;
  reason: string | null;
  comments: LineComment[];
}

const STEPS = new Set(['submit', 'return', 'accept', 'reopen']);

/** Oldest first; drafts saved in between are left out (they are edits, not steps). */
export async function submissionHistory(db: Db, submissionId: string): Promise<SubmissionStep[]> {
  const { items } = await listAudit(db, { objectType: 'submission', objectId: submissionId, limit: 500 });
  return items
    .filter((e) => STEPS.has(e.action))
    .reverse()
    .map((e) => {
      const after = (e.after ?? {}) as { reason?: string | null; comments?: LineComment[] };
      return { action: e.action as SubmissionStep['action'], at: e.at as string, actorName: e.actorName, reason: after.reason ?? null, comments: after.comments ?? [] };
    });
}
