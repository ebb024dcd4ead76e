// Timing helpers: sequential calls (median, p99) and a concurrent load from autocannon.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Timing {
  median: number;
  p99: number;
  /** This process's CPU time per call (user + system), mean: the Node side of the work, and PGlite's. */
  cpu: number;
  n: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const ix = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[ix]!;
}

/** Runs `fn` `warmup` times unmeasured, then `n` times one after another; milliseconds. */
export async function timeCalls(fn: () => Promise<unknown>, n: number, warmup = Math.min(20, n)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  ms.sort((a, b) => a - b);
  return { median: percentile(ms, 50), p99: percentile(ms, 99), cpu: (c.user + c.system) / 1000 / n, n };
}

/** One GET read to the end; throws unless 200, so a broken route cannot look fast. */
export async function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 300)}`);
  return Buffer.byteLength(body);
}

export interface Load {
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const AUTOCANNON = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

/**
 * autocannon in a child process, so the load generator does not share the server's event loop
 * (the server, and PGlite with it, run in this process).
 */
export function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  const h = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [AUTOCANNON, '-c', String(connections), '-d', String(seconds), ...h, '-j', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      try {
        const j = JSON.parse(out) as {
          requests: { average: number; total: number };
          latency: { p50: number; p99: number };
          errors: number;
          non2xx: number;
        };
        resolve({
          requestsPerSec: j.requests.average,
          latencyP50: j.latency.p50,
          latencyP99: j.latency.p99,
          requests: j.requests.total,
          errors: j.errors,
          non2xx: j.non2xx,
        });
      } catch (e) {
        reject(new Error(`autocannon output not JSON: ${(e as Error).message}: ${out.slice(0, 300)}`));
      }
    });
  });
}
