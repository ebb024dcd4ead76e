// Heavy work must not stop the server answering: run it while /api/health is asked again and again.
import { expect } from 'vitest';

/** Runs `work` while `/api/health` is asked at most `maxProbes` times: every answer must come, and be 200. */
export async function whileHealthy<T>(url: string, work: Promise<T>, maxProbes: number): Promise<{ result: T; answeredMeanwhile: number }> {
  let pending = true;
  let answeredMeanwhile = 0;
  const result = work.finally(() => (pending = false));
  const probe = (async () => {
    for (let i = 0; i < maxProbes && pending; i++) {
      const r = await fetch(`${url}/api/health`);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      if (pending) answeredMeanwhile++;
    }
  })();
  const [value] = await Promise.all([result, probe]);
  return { result: value, answeredMeanwhile };
}
