// /api/admin/backup: the running server's whole database as a file, for an administrator (the CLI
// cannot open a PGlite folder the server holds).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { errorResponses, validationHook } from '../../validation.ts';
import { run } from '../../run.ts';
import { noteBackup } from '../../../commands/backup.ts';
import { attachment } from '../../download.ts';
import { AppError } from '../../../domain/errors.ts';
import { todayInVietnam } from '../../../domain/calendar.ts';

const tags = ['Quản trị (admin)'];

export function adminRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get', path: '/backup', tags,
      description: 'Everything in the database (accounts, audit trail, files …): a PGlite tarball (.tar.gz) or a pg_dump file (.dump), restored with `haidang restore FILE`.',
      responses: { 200: { description: 'The backup file (a download)' }, ...errorResponses },
    }),
    async (c) => {
      const take = c.var.ctx.backup;
      if (!take) throw new AppError('unavailable', { vi: 'sao lưu: máy chủ này không tạo được bản sao lưu', en: 'backup: this server cannot take backups' });
      const kind = c.var.ctx.backupKind ?? 'pglite';
      await run(c, noteBackup, { kind });
      const { bytes } = await take();
      const name = `hai-dang-${todayInVietnam()}.${kind === 'pglite' ? 'tar.gz' : 'dump'}`;
      return c.body(new Uint8Array(bytes), 200, { 'content-type': 'application/octet-stream', 'content-disposition': attachment(name), 'cache-control': 'no-store' });
    },
  );
  return app;
}
