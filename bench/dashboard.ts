// How long the dashboard of the demo workspace takes to be usable in Chromium on this machine:
// from navigation to the "x/y chỉ tiêu đạt" headline on screen, signed in, median of a few loads.
// Run: node bin/run-ts.js bench/dashboard.ts   (needs /usr/bin/chromium and a built web/dist)
import { writeTransaction } from '../src/db/tx.ts';
import { chromium } from 'playwright-core';
import { openDb } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { importWorkspace } from '../src/db/workspace.ts';
import { readDemoWorkspace } from '../src/cli/demo.ts';
import { createUser } from '../src/db/users.ts';
import { startServer } from '../src/server/serve.ts';
import { serverContext } from '../src/server/context.ts';
import { ensureWebBuild } from '../src/cli/web-build.ts';

await ensureWebBuild();
const h = await openDb({ dataDir: 'memory://' });
await migrate(h.db);
await writeTransaction(h.db, (trx) => importWorkspace(trx, readDemoWorkspace(), 'bench'));
await writeTransaction(h.db, (trx) => createUser(trx, { login: 'lanhdao', name: 'Lãnh đạo', unitId: null, roles: ['leader'], password: 'mat-khau-do-thoi-gian', mustChangePassword: false }, null));
const server = await startServer(serverContext(h.db), { port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
const login = await context.request.post(`${server.url}/api/auth/login`, { data: { login: 'lanhdao', password: 'mat-khau-do-thoi-gian' } });
if (!login.ok()) throw new Error(`login: ${login.status()}`);
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(server.url + '/');
  await page.getByText(/\d+\/\d+ chỉ tiêu đạt/).first().waitFor({ timeout: 30_000 });
  times.push(performance.now() - t0);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(`dashboard usable after (ms): median ${times[3]!.toFixed(0)}, min ${times[0]!.toFixed(0)}, max ${times[6]!.toFixed(0)} (first load incl. cold cache: ${times.join(', ')})`);
await browser.close();
await server.close();
await h.close();
