// The whole workspace at once: an import into an empty database (a move, the demo), all or nothing,
// and then the proposals of the documents it brought.
import { z } from 'zod';
import { importWorkspace as load } from '../db/workspace.ts';
import { authorize, mayManage } from '../domain/policy.ts';
import { defineCommand } from './command.ts';
import { propose } from './documents.ts';
import { documentsWithoutProposals } from '../db/proposals.ts';

export const importWorkspace = defineCommand({
  name: 'importWorkspace',
  input: z.object({ workspace: z.unknown() }).strict(),
  verbatim: true,
  async run(ctx, { workspace }): Promise<Record<string, number>> {
    authorize(mayManage(ctx.actor));
    const counts = await load(ctx.trx, workspace, ctx.actor.id);
    let proposals = 0;
    for (const doc of await documentsWithoutProposals(ctx.trx)) proposals += await propose(ctx.trx, doc);
    return { ...counts, proposals };
  },
});
