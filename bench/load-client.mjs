// The benchmark's HTTP client, run as its own process (node bench/load-client.mjs '<json>') so that
// it shares neither the server's event loop nor its garbage collector: N loops, each on a keep-alive
// connection, GET one URL for a while, and optionally a writer POSTs at a fixed rate through the API.
// Prints one JSON line: requests, req/s, latency percentiles (ms), statuses, writes done and failed.
// Plain JavaScript, no dependency: it starts in milliseconds and measures nothing of its own.
import http from 'node:http';

const cfg = JSON.parse(process.argv[2]);
// { url, headers, connections, seconds, warmupSeconds, writes?: { url, headers, perSecond, bodies: [] } }

const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.connections });
const writeAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });

function send(url, { method = 'GET', headers = {}, body, agent: a = agent } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : headers, agent: a }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function run(seconds, record) {
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const r = await send(cfg.url, { headers: cfg.headers }).catch((e) => ({ status: 0, bytes: 0, error: e.message }));
      record(performance.now() - t0, r);
    }
  };
  await Promise.all(Array.from({ length: cfg.connections }, loop));
}

async function writer(until, out) {
  if (!cfg.writes) return;
  const every = 1000 / cfg.writes.perSecond;
  let i = 0;
  let next = performance.now();
  while (performance.now() < until()) {
    const body = JSON.stringify(cfg.writes.bodies[i++ % cfg.writes.bodies.length]);
    const r = await send(cfg.writes.url, { method: 'POST', headers: cfg.writes.headers, body, agent: writeAgent }).catch(() => ({ status: 0 }));
    if (r.status >= 200 && r.status < 300) out.done++;
    else out.failed.push(r.status);
    next += every;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((res) => setTimeout(res, wait));
  }
}

await run(cfg.warmupSeconds ?? 1, () => {});
const ms = [];
const statuses = {};
let bytes = 0;
const writes = { done: 0, failed: [] };
const started = performance.now();
let running = true;
const w = writer(() => (running ? Infinity : 0), writes);
await run(cfg.seconds, (t, r) => {
  ms.push(t);
  statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  bytes += r.bytes;
});
running = false;
const elapsed = (performance.now() - started) / 1000;
await w;
ms.sort((a, b) => a - b);
console.log(JSON.stringify({
  requests: ms.length,
  seconds: elapsed,
  rps: ms.length / elapsed,
  p50: percentile(ms, 50),
  p90: percentile(ms, 90),
  p99: percentile(ms, 99),
  max: ms.at(-1) ?? null,
  statuses,
  meanBytes: ms.length ? bytes / ms.length : 0,
  writes: { done: writes.done, perSecond: writes.done / elapsed, failed: writes.failed.length, failedStatuses: [...new Set(writes.failed)] },
}));
process.exit(0);
