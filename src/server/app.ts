// Builds the HTTP server: middleware, one sub-app per resource under /api, errors, OpenAPI.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { isHttps } from './client.ts';
import { cleanInput } from './clean-input.ts';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv, ServerContext } from './context.ts';
import type { Context } from 'hono';
import { errorBody, readerLanguage, toErrorResponse } from './errors.ts';
import { validationHook } from './validation.ts';
import { learn } from './front.ts';
import { checkResponses } from './response-check.ts';
import { unitRoutes } from './routes/units/units.ts';
import { documentRoutes } from './routes/documents/documents.ts';
import { observationRoutes, targetRoutes } from './routes/targets/targets.ts';
import { taskRoutes } from './routes/tasks/tasks.ts';
import { taskReminderRoutes } from './routes/tasks/reminder-routes.ts';
import { summaryRoutes } from './routes/summary/summary.ts';
import { auditRoutes } from './routes/audit/audit.ts';
import { mountWebApp } from './static.ts';
import { sessions } from './auth/session.ts';
import { noteWriters } from './replica.ts';
import { authRoutes } from './routes/auth/auth.ts';
import { userRoutes } from './routes/users/users.ts';
import { intakeRoutes } from './routes/intake/intake.ts';
import { proposalRoutes } from './routes/proposals/proposals.ts';
import { reportingRoutes } from './routes/reporting/reporting.ts';
import { ratingRoutes } from './routes/ratings/ratings.ts';
import { MAX_FILE_BYTES, MAX_FILES, attachmentRoutes } from './routes/attachments/attachments.ts';
import { indicatorRoutes } from './routes/indicators/indicators.ts';
import { reportRoutes } from './routes/reports/reports.ts';
import { publicRoutes } from './routes/public/public.ts';
import { adminRoutes } from './routes/admin/admin.ts';
import { congressRoutes } from './routes/congresses/congresses.ts';
import { congressSeasonRoutes } from './routes/congress-seasons/congress-seasons.ts';
import { congressFloorRoutes, delegateAuthRoutes } from './routes/congress-floor/index.ts';

/** The largest body any route accepts: a long document's text with room to spare. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENT_REQUEST_BYTES = MAX_FILES * MAX_FILE_BYTES + 256 * 1024;
export const REQUEST_TIMEOUT_MS = 60_000;
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cache-Control: no-store on the answer in place, as secureHeaders sets its own: c.header() after the
 * answer is made would copy it into a new web Response each time. An immutable one (none of ours,
 * so far) is copied after all.
 */
function noStore(c: Context): void {
  try {
    c.res.headers.set('cache-control', 'no-store');
  } catch {
    c.header('cache-control', 'no-store');
  }
}

export function buildApp(ctx: ServerContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  // Outermost: the summary's headers as finally sent, for the answers given before Hono (front.ts).
  app.use('/api/summary', learn(ctx));
  app.use(
    '*',
    secureHeaders({
      // HSTS only over HTTPS (below): sent over plain HTTP it is ignored at best and misleading at worst.
      strictTransportSecurity: false,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      // Scripts only from this origin, never inline; styles may be inline (the component library sets style attributes).
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (isHttps(c, ctx.trustProxy)) c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  app.use('/api/*', async (c, next) => {
    c.set('ctx', ctx);
    await next();
    // What a signed-in user was answered is theirs: no shared or browser cache keeps it.
    // (A live stream's own `no-store, no-transform` stays: it also keeps proxies from compressing it.)
    if (c.var.principal && !c.res.headers.get('cache-control')?.includes('no-store')) noStore(c);
  });
  // Outermost after the context, so that it sees every answer: the routes', the validation hook's, the errors'.
  if (ctx.checkResponses) app.use('/api/*', checkResponses(app, ctx.checkResponses));
  // Bodies are capped before they are read: 4 MB for everything, except a task's attachments, which
  // promise up to MAX_FILES files of MAX_FILE_BYTES each (and the multipart framing around them).
  const tooLarge = (max: number) => (c: Context) =>
    c.json(errorBody('too_large', readerLanguage(c) === 'en' ? `body: larger than ${max} bytes` : `nội dung gửi lên: lớn hơn ${max} byte`), 413);
  const bodyCap = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge(MAX_BODY_BYTES) });
  const attachmentCap = bodyLimit({ maxSize: MAX_ATTACHMENT_REQUEST_BYTES, onError: tooLarge(MAX_ATTACHMENT_REQUEST_BYTES) });
  // A GET, HEAD or OPTIONS has no body a route reads: asking for one would build a whole web Request
  // per request (a tenth of a kept summary's cost), so the cap only looks at the others.
  app.use('/api/*', (c, next) => {
    if (BODILESS.has(c.req.method)) return next();
    return (c.req.method === 'POST' && /^\/api\/tasks\/[^/]+\/attachments$/.test(c.req.path) ? attachmentCap : bodyCap)(c, next);
  });
  // A request that takes longer than this is answered 503 rather than holding the client for ever.
  app.use('/api/*', timeout(REQUEST_TIMEOUT_MS, () => new HTTPException(503, { message: 'request: took too long; try again' })));
  app.use('/api/*', sessions());
  app.use('/api/*', noteWriters());
  app.use('/api/*', cleanInput());

  app.get('/api/health', async (c) => {
    await c.var.ctx.db.selectFrom('units').select('id').limit(1).execute();
    return c.json({ status: 'ok' });
  });
  app.route('/api/auth', authRoutes());
  app.route('/api/users', userRoutes());
  app.route('/api/admin', adminRoutes());
  app.route('/api/units', unitRoutes());
  app.route('/api/documents', documentRoutes());
  app.route('/api/targets', targetRoutes());
  app.route('/api/observations', observationRoutes());
  app.route('/api/tasks', taskRoutes());
  app.route('/api/task-reminders', taskReminderRoutes());
  app.route('/api/summary', summaryRoutes());
  app.route('/api/audit', auditRoutes());
  app.route('/api/intake', intakeRoutes());
  app.route('/api/reporting-periods', reportingRoutes());
  app.route('/api/ratings', ratingRoutes());
  app.route('/api/indicators', indicatorRoutes());
  app.route('/api/reports', reportRoutes());
  app.route('/api/public', publicRoutes());
  app.route('/api/congresses', congressRoutes());
  // The delegates' floor of a congress (sign-in codes, votes, programme, papers): its own folder, same prefix.
  app.route('/api/congresses', congressFloorRoutes());
  app.route('/api/delegate', delegateAuthRoutes());
  app.route('/api/congress-seasons', congressSeasonRoutes());
  // Mounted last under /api: its paths (/documents/{id}/proposals, /proposals/…) do not clash with the resources above.
  app.route('/api', proposalRoutes());
  app.route('/api', attachmentRoutes());

  app.doc('/api/openapi.json', {
    openapi: '3.0.0',
    info: { title: 'Hải Đăng API', version: '0.1.0', description: 'Theo dõi chỉ tiêu, nhiệm vụ và số liệu thực hiện' },
  });

  mountWebApp(app);
  app.notFound((c) => c.json(errorBody('not_found', readerLanguage(c) === 'en' ? `no such route: ${c.req.method} ${c.req.path}` : `không có đường dẫn: ${c.req.method} ${c.req.path}`), 404));
  app.onError((err, c) => toErrorResponse(err, c));
  return app;
}
