// What the API shows of an audit entry: the write and its place in the hash chain.
import type { AuditRow } from '../../db/audit.ts';
import type { AuditEntry } from '../../contract/audit.ts';

export const presentAuditEntry = (e: AuditRow & { actorName?: string | null }): AuditEntry => ({
  seq: e.seq, at: e.at, actor: e.actor, actorName: e.actorName ?? null, action: e.action, objectType: e.objectType, objectId: e.objectId, before: e.before, after: e.after, prevHash: e.prevHash, hash: e.hash,
});
