// The worker's side of runJob: runs one named job on its input and posts the result or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../domain/errors.ts';
import { JOBS, type JobName } from './jobs.ts';

const { name, input } = workerData as { name: JobName; input: never };
try {
  const value = await JOBS[name](input);
  parentPort!.postMessage({ ok: true, value });
} catch (err) {
  const e = err instanceof AppError ? err : null;
  // Both languages cross the thread, so that the edge can answer in the reader's ("chưa cài … tesseract-ocr-vie").
  parentPort!.postMessage({ ok: false, code: e?.code ?? null, message: err instanceof Error ? err.message : String(err), text: e?.text ?? null, details: e?.details ?? null });
}
