// Heavy reading (workbooks, Word files, the extractor) runs in a worker thread with a memory ceiling and
// a time budget, so a hostile or huge file costs that worker, never the server's event loop or heap.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AppError, type Bilingual } from '../domain/errors.ts';
import type { JobName, JobInput, JobOutput } from './jobs.ts';

export interface JobLimits {
  timeoutMs: number;
  memoryMb: number;
}

export const DEFAULT_LIMITS: JobLimits = {
  timeoutMs: Number(process.env.HAIDANG_JOB_TIMEOUT_MS ?? 60_000),
  memoryMb: Number(process.env.HAIDANG_JOB_MEMORY_MB ?? 384),
};

// Workers at once across the process: each may take its memory ceiling, so they are few.
const MAX_WORKERS = Math.max(1, Number(process.env.HAIDANG_WORKERS ?? 2));
let running = 0;
const waiting: (() => void)[] = [];
const busyOwners = new Set<string>();

// A worker starts with no loader hooks (Node 20 does not pass tsx's on), so it registers tsx itself
// before importing the TypeScript entry.
// (The package's ESM build: require.resolve names the CommonJS one, whose register() fails from ESM.)
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const entry = new URL('./entry.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;

async function slot(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Runs a job in a fresh worker. `owner` (a user id) may have one job at a time: a second one while the
 * first runs is refused (429), so one person cannot hold every worker.
 */
export async function runJob<N extends JobName>(name: N, input: JobInput<N>, opts: { owner?: string; limits?: Partial<JobLimits> } = {}): Promise<JobOutput<N>> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  if (opts.owner !== undefined) {
    if (busyOwners.has(opts.owner)) throw new AppError('too_many', { vi: 'file: đang xử lý một tệp khác của bạn; thử lại sau khi tệp đó xong', en: 'file: another of your files is being read; try again once it is done' });
    busyOwners.add(opts.owner);
  }
  const release = await slot();
  try {
    return await new Promise<JobOutput<N>>((resolve, reject) => {
      const worker = new Worker(BOOT, {
        eval: true,
        workerData: { name, input },
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        f();
      };
      const timer = setTimeout(() => finish(() => reject(new AppError('too_large', { vi: 'file: đọc tệp quá thời gian cho phép (tệp quá lớn hoặc quá phức tạp)', en: 'file: reading the file took too long (too large or too complex to read)' }))), limits.timeoutMs);
      worker.on('message', (m: { ok: true; value: JobOutput<N> } | { ok: false; code: AppError['code'] | null; message: string; text?: Bilingual | null; details: unknown }) => {
        if (m.ok) finish(() => resolve(m.value));
        else finish(() => reject(m.code ? new AppError(m.code, m.text ?? m.message, m.details) : new Error(m.message)));
      });
      worker.on('error', (err: Error & { code?: string }) => {
        finish(() =>
          reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('too_large', { vi: 'file: đọc tệp cần quá nhiều bộ nhớ (tệp quá lớn hoặc quá phức tạp)', en: 'file: reading the file needs too much memory (too large or too complex to read)' }) : err),
        );
      });
      worker.on('exit', (code) => finish(() => reject(new Error(`worker ended (${code}) before answering`))));
    });
  } finally {
    release();
    if (opts.owner !== undefined) busyOwners.delete(opts.owner);
  }
}
