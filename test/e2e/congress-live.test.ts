// The presidium's screen in Chromium is pushed, not polled: a check-in made through the API moves it by one
// without a reload, while the page asks the server nothing (no GET of the attendance at all, only its event
// stream); then the stream is cut and the screen falls back to asking, and follows the next check-in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { browserSuite, hasChromium } from './browser.ts';
import { startTestServer } from '../support/server.ts';
import { LiveStreams } from '../../src/server/live.ts';
import { execute } from '../../src/commands/command.ts';
import { importRoster } from '../../src/commands/congress.ts';
import { systemActor } from '../../src/domain/user.ts';

const CODE = 'DH-LIVE';
const roster = {
  headers: ['ma_dai_bieu', 'ho_ten', 'gioi_tinh', 'nam_sinh', 'don_vi', 'loai_dai_bieu'],
  rows: Array.from({ length: 4 }, (_, i) => ({ row: i + 2, cells: [`P${i + 1}`, `Đại biểu P${i + 1}`, 'Nam', '1975', 'Đảng bộ A', 'Bầu'] })),
};

describe.skipIf(!hasChromium)('the presidium screen, pushed', () => {
  const asked: string[] = [];
  const live = new LiveStreams();
  const suite = browserSuite({
    server: () => startTestServer({ context: { live } }),
    accounts: [['vanphong', ['secretariat'], null]],
    setup: async ({ server, client }) => {
      await client('vanphong').api('POST', '/api/congresses', { code: CODE, name: 'Đại hội thử màn hình', startsOn: '2025-09-26', endsOn: '2025-09-27' });
      await execute(server.handle.db, systemActor('cli'), importRoster, { congress: CODE, table: roster });
    },
    signIn: ['vanphong'],
  });
  const hall = suite.as('vanphong');
  // After the suite's own beforeAll (they run in order): the screen's page is signed in by then.
  beforeAll(() => {
    hall.page.on('request', (r: Request) => {
      if (new URL(r.url()).pathname.startsWith(`/api/congresses/${CODE}/attendance`)) asked.push(new URL(r.url()).pathname);
    });
  });

  const present = () => hall.page.getByTestId('screen-all').getAttribute('data-present');

  it('goes up by one after a check-in through the API, with no reload and no polling', async () => {
    const { page } = hall;
    await page.goto(`${suite.server.url}/dai-hoi/${CODE}/man-hinh`);
    await expect.poll(present).toBe('0');
    await expect.poll(() => page.getByTestId('screen').getAttribute('data-pushed')).toBe('true');
    // Marks the document: a reload would lose it.
    await page.evaluate('window.notReloaded = true');

    expect((await suite.client('vanphong').api('POST', `/api/congresses/${CODE}/checkins`, { codes: ['P1'] })).status).toBe(200);
    // Well inside the polling interval's reach were it polling (2 s), but it is not: see `asked` below.
    await expect.poll(present, { timeout: 5000, interval: 50 }).toBe('1');
    await expect(page.getByTestId('screen-all-percent').textContent()).resolves.toBe('25%');

    expect((await suite.client('vanphong').api('POST', `/api/congresses/${CODE}/checkins`, { codes: ['P2', 'P3'], session: 'tru-bi' })).status).toBe(200);
    await expect.poll(present, { timeout: 5000, interval: 50 }).toBe('3');
    await expect(page.getByTestId('screen-tru-bi').getAttribute('data-present')).resolves.toBe('2');

    await expect(page.evaluate('window.notReloaded === true')).resolves.toBe(true);
    // Everything came down the one stream: the GET the screen polls with was never asked.
    expect(asked.filter((p) => !p.endsWith('/stream'))).toEqual([]);
    expect(asked.filter((p) => p.endsWith('/stream')).length).toBe(1);
  });

  it('falls back to asking when the stream is cut, and still follows the check-ins', async () => {
    const { page } = hall;
    // The server ends every stream (as when it stops); the page polls until the stream is back.
    await page.route(/\/attendance\/stream$/u, (route) => route.abort());
    live.closeAll();
    await expect.poll(() => page.getByTestId('screen').getAttribute('data-pushed')).toBe('false');
    expect((await suite.client('vanphong').api('POST', `/api/congresses/${CODE}/checkins`, { codes: ['P4'] })).status).toBe(200);
    await expect.poll(present, { timeout: 15_000 }).toBe('4');
    expect(asked.some((p) => p.endsWith('/attendance'))).toBe(true);
    // Back on the stream once the server takes it again: the polling stops.
    await page.unroute(/\/attendance\/stream$/u);
    await expect.poll(() => page.getByTestId('screen').getAttribute('data-pushed'), { timeout: 20_000 }).toBe('true');
  });
});
