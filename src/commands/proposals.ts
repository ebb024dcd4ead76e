// Đề xuất: a person accepts what the reader proposed (with edits), merges a figure into an existing
// target, or rejects it. Accepting runs the same command as entering the item by hand (recordFigure,
// registerTarget, giveDirective), so its rules, the period lock among them, hold here too.
import { z } from 'zod';
import { decideProposal, getProposal, type StoredProposal } from '../db/proposals.ts';
import { getTarget } from '../db/targets.ts';
import { getDocument } from '../db/documents.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { authorize, mayManage } from '../domain/policy.ts';
import { defineCommand, type CommandContext } from './command.ts';
import { Id } from './fields.ts';
import { recordFigure } from './figures.ts';
import { registerTarget } from './targets.ts';
import { giveDirective } from './tasks.ts';

const Edits = z.record(z.string(), z.unknown()).optional();
export const ProposalAccept = z.object({ body: Edits }).strict().meta({ id: 'ProposalAccept' });
export const ProposalAcceptMany = z
  .object({ items: z.array(z.object({ id: Id, body: Edits }).strict()).min(1).max(1000) })
  .strict()
  .meta({ id: 'ProposalAcceptMany' });
export const ProposalMerge = z.object({ targetId: Id }).strict().meta({ id: 'ProposalMerge' });

async function pending(ctx: CommandContext, id: string): Promise<StoredProposal> {
  authorize(mayManage(ctx.actor));
  const p = await getProposal(ctx.trx, id);
  if (p.status !== 'pending') throw conflict({ vi: `đề xuất: đã được xử lý (${p.status})`, en: `proposal: already ${p.status}` }, { status: p.status, itemId: p.itemId });
  return p;
}

/** Registers the proposal's item (with a person's edits); the source always stays the proposal's sentence. */
async function accept(ctx: CommandContext, id: string, edits: Record<string, unknown>): Promise<StoredProposal> {
  const p = await pending(ctx, id);
  const source = { documentId: p.documentId, span: p.span, quote: p.quote };
  const body = { ...p.payload, ...edits, source };
  // The payload is the reader's, the edits a person's: both go through the item's own validation.
  const item =
    p.kind === 'observation' ? await ctx.run(recordFigure, body as never)
    : p.kind === 'target' ? await ctx.run(registerTarget, body as never)
    : await ctx.run(giveDirective, body as never);
  return decideProposal(ctx.trx, id, 'accepted', item.id, ctx.actor.id);
}

export const acceptProposal = defineCommand({
  name: 'acceptProposal',
  input: ProposalAccept.extend({ id: Id }),
  run: (ctx, { id, body }) => accept(ctx, id, body ?? {}),
});

/** All or nothing: one bad item and none is registered. */
export const acceptProposals = defineCommand({
  name: 'acceptProposals',
  input: ProposalAcceptMany.extend({ documentId: Id }),
  async run(ctx, { documentId, items }) {
    authorize(mayManage(ctx.actor));
    const doc = await getDocument(ctx.trx, documentId);
    const out: StoredProposal[] = [];
    for (const item of items) {
      const prop = await getProposal(ctx.trx, item.id);
      if (prop.documentId !== doc.id) throw invalid({ vi: `mục: đề xuất ${item.id} thuộc văn bản khác`, en: `items: proposal ${item.id} belongs to another document` });
      out.push(await accept(ctx, item.id, item.body ?? {}));
    }
    return out;
  },
});

/** A figure read in a document becomes an observation of an existing target's indicator. */
export const mergeProposal = defineCommand({
  name: 'mergeProposal',
  input: ProposalMerge.extend({ id: Id }),
  async run(ctx, { id, targetId }) {
    const p = await pending(ctx, id);
    if (p.kind === 'task') throw invalid({ vi: 'đề xuất: chỉ gộp được số liệu vào một chỉ tiêu', en: 'proposal: only a figure can be merged into a target' });
    const target = await getTarget(ctx.trx, targetId);
    const obs = await ctx.run(recordFigure, {
      indicator: target.indicator,
      unit: target.unit,
      period: p.payload.period as string,
      value: p.payload.value as number,
      standing: (p.payload.standing as 'estimate' | 'preliminary' | 'official' | undefined) ?? 'preliminary',
      unitId: target.ownerUnitId,
      source: { documentId: p.documentId, span: p.span, quote: p.quote },
    });
    return decideProposal(ctx.trx, id, 'merged', obs.id, ctx.actor.id);
  },
});

export const rejectProposal = defineCommand({
  name: 'rejectProposal',
  input: z.object({ id: Id }).strict(),
  async run(ctx, { id }) {
    await pending(ctx, id);
    return decideProposal(ctx.trx, id, 'rejected', null, ctx.actor.id);
  },
});
