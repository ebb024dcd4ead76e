// /api/audit: the trail of writes, filtered by object, user and time; read-only by design.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { Paging, errorResponses, json, validationHook } from '../../validation.ts';
import { listAudit } from '../../../db/audit.ts';
import { presentAuditEntry } from '../../presenters/audit.ts';
import { AuditList } from '../../../contract/audit.ts';
import { mayReadAudit } from '../../../domain/policy.ts';
import { authorize, principal } from '../../auth/session.ts';

const AuditQuery = Paging.extend({
  objectType: z.string().max(50).optional(),
  objectId: z.string().max(200).optional(),
  actor: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({ method: 'get', path: '/', tags: ['Nhật ký (audit)'], request: { query: AuditQuery }, responses: { 200: json(AuditList), ...errorResponses } }),
    async (c) => {
      authorize(mayReadAudit(principal(c)));
      const r = await listAudit(c.var.ctx.db, c.req.valid('query'));
      return c.json({ items: r.items.map(presentAuditEntry), total: r.total }, 200);
    },
  );
  return app;
}
