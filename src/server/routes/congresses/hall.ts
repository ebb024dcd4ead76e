// The secretariat's hall on /api/congresses/{code}: the delegates with their check-ins, the credential review, the live attendance, the cards.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import { errorResponses, json, jsonBody, PathId } from '../../validation.ts';
import { authorize, principal } from '../../auth/session.ts';
import { run } from '../../run.ts';
import { attachment } from '../../download.ts';
import { reviewCredential, ReviewDecision } from '../../../commands/congress-review.ts';
import { issueSignInCodes, signInCodesByDelegate } from '../../../commands/congress-signin.ts';
import { getCongressByCode, type Congress } from '../../../db/congresses.ts';
import { attendanceCounts, getHallDelegate, hallDelegates, type HallDelegate } from '../../../db/congress-review.ts';
import type { Db } from '../../../db/connection.ts';
import { liveStream } from '../../live.ts';
import { eventStream } from '../../validation.ts';
import { percentOf } from '../../../domain/congress/percent.ts';
import { mayManageCongress } from '../../../domain/policy.ts';
import { Attendance, CodeParam, CongressView, DelegateList, DelegateView, ReviewResult } from './schema.ts';

const tags = ['Đại hội (congresses)'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DelegateParam = CodeParam.extend({ delegate: PathId('delegate') });

/** The database's id stays inside: the delegate code is the delegate's name everywhere outside. */
const present = ({ id: _id, ...d }: HallDelegate): DelegateView => d;

export function hallRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(createRoute({ method: 'get', path: '/{code}', tags, request: { params: CodeParam }, responses: { 200: json(CongressView), ...errorResponses } }), async (c) => {
    return c.json(await getCongressByCode(c.var.ctx.db, c.req.valid('param').code), 200);
  });

  app.openapi(
    createRoute({
      method: 'get', path: '/{code}/delegates', tags, request: { params: CodeParam },
      description: 'Every delegate in roster order, with the credential review and the check-ins by session.',
      responses: { 200: json(DelegateList), ...errorResponses },
    }),
    async (c) => {
      // Names with years of birth and who came when: the hall's working list, not for every reader of the statistics.
      authorize(mayManageCongress(principal(c)));
      const congress = await getCongressByCode(c.var.ctx.db, c.req.valid('param').code);
      const items = (await hallDelegates(c.var.ctx.db, congress.id)).map(present);
      return c.json({ congress: congress.code, items, total: items.length }, 200);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/{code}/delegates/{delegate}', tags, request: { params: DelegateParam }, responses: { 200: json(DelegateView), ...errorResponses } }), async (c) => {
    authorize(mayManageCongress(principal(c)));
    const { code, delegate } = c.req.valid('param');
    const congress = await getCongressByCode(c.var.ctx.db, code);
    return c.json(present(await getHallDelegate(c.var.ctx.db, congress, delegate)), 200);
  });

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/delegates/{delegate}/review', tags, request: { params: DelegateParam, ...jsonBody(ReviewDecision) },
      description: 'Thẩm tra tư cách: confirm, excuse with a reason, or replace by an alternate (who takes the seat; the replaced delegate is no longer convened).',
      responses: { 200: json(ReviewResult), ...errorResponses },
    }),
    async (c) => {
      const { code, delegate } = c.req.valid('param');
      const r = await run(c, reviewCredential, { congress: code, delegate, review: c.req.valid('json') });
      return c.json({ congress: r.congress, delegate: present(r.delegate), alternate: r.alternate && present(r.alternate) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/{code}/attendance', tags, request: { params: CodeParam },
      description: "The presidium's screen when its stream is down: present over convened, overall and by session. One counting query.",
      responses: { 200: json(Attendance), ...errorResponses },
    }),
    async (c) => {
      const congress = await getCongressByCode(c.var.ctx.db, c.req.valid('param').code);
      c.header('cache-control', 'no-store');
      return c.json(await attendanceNow(c.var.ctx.db, congress), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/{code}/attendance/stream', tags, request: { params: CodeParam },
      description: "The presidium's screen, pushed (Server-Sent Events): an `attendance` event (the GET's answer) at once and after every check-in or credential review, a `heartbeat` event when nothing happened for 15 s.",
      responses: { 200: eventStream('`hello`, then `attendance` (CongressAttendance as JSON) and `heartbeat` events'), ...errorResponses },
    }),
    async (c) => {
      const db = c.var.ctx.db;
      // Refused (404 for an unknown congress) before the stream opens, as the GET.
      const congress = await getCongressByCode(db, c.req.valid('param').code);
      return liveStream(c, {
        topic: 'attendance', congressId: congress.id, event: 'attendance', snapshot: () => attendanceNow(db, congress),
        fingerprint: (d) => JSON.stringify({ ...(d as object), at: null }),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/{code}/cards', tags, request: { params: CodeParam },
      description: 'Thẻ đại biểu (.docx): eight cards to an A4 page, each with the QR code of the delegate code. Replaced delegates get none.',
      responses: { 200: { description: 'Thẻ đại biểu (.docx)' }, ...errorResponses },
    }),
    async (c) => {
      // The cards admit people to the hall: only those who run it print them.
      authorize(mayManageCongress(principal(c)));
      return cardsAnswer(c, c.req.valid('param').code, null);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/{code}/cards-with-codes', tags, request: { params: CodeParam },
      description: 'Thẻ đại biểu kèm mã đăng nhập (.docx): issues a new one-time sign-in code to every convened delegate (the old ones stop working) and prints it on their card, beside the QR code of the delegate code.',
      responses: { 200: { description: 'Thẻ đại biểu kèm mã đăng nhập (.docx)' }, ...errorResponses },
    }),
    async (c) => {
      authorize(mayManageCongress(principal(c)));
      const code = c.req.valid('param').code;
      // The codes exist in clear only here, on their way to the paper: the database keeps their hashes.
      const issued = await run(c, issueSignInCodes, { congress: code });
      return cardsAnswer(c, code, signInCodesByDelegate(issued));
    },
  );
}

/** The presidium's numbers, as the GET answers them and the stream sends them. */
async function attendanceNow(db: Db, congress: Congress) {
  const n = await attendanceCounts(db, congress.id);
  return {
    congress: congress.code, convened: n.convened, present: n.present, percent: percentOf(n.present, n.convened),
    sessions: n.sessions.map((s) => ({ ...s, percent: percentOf(s.present, n.convened) })), at: new Date().toISOString(),
  };
}

/** The cards of every convened delegate (none for a replaced one), with their sign-in codes when just issued. */
async function cardsAnswer(c: Context<AppEnv>, code: string, signIn: ReadonlyMap<string, string> | null): Promise<Response> {
  const congress = await getCongressByCode(c.var.ctx.db, code);
  const delegates = (await hallDelegates(c.var.ctx.db, congress.id))
    .filter((d) => d.status !== 'replaced')
    .map((d) => ({ ...d, signInCode: signIn?.get(d.code) }));
  const { delegateCards } = await import('../../../reports/delegate-cards.ts');
  const bytes = await delegateCards(delegates, { congressName: congress.name });
  const name = signIn ? `the-dai-bieu-ma-dang-nhap-${congress.code}.docx` : `the-dai-bieu-${congress.code}.docx`;
  return c.body(new Uint8Array(bytes), 200, { 'content-type': DOCX, 'content-disposition': attachment(name) });
}
