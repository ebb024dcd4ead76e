// The worker pool's guards: one job at a time per person, a time budget and a memory ceiling that end
// the worker (never the process) with a clean 413.
import { describe, expect, it } from 'vitest';
import { runJob } from './pool.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('runJob', () => {
  it('reads in a worker and answers', async () => {
    expect(await runJob('documentText', { bytes: text('Phấn đấu đạt 5%'), maxChars: 100 })).toEqual({ format: 'txt', text: 'Phấn đấu đạt 5%' });
  });

  it('refuses a second job of the same person while the first runs (429), and takes it afterwards', async () => {
    const first = runJob('documentText', { bytes: text('một'), maxChars: 100 }, { owner: 'u1' });
    await expect(runJob('documentText', { bytes: text('hai'), maxChars: 100 }, { owner: 'u1' })).rejects.toMatchObject({ code: 'too_many', text: { vi: expect.stringMatching(/^file: đang xử lý một tệp khác/), en: expect.stringMatching(/^file: another of your files is being read/) } });
    const other = runJob('documentText', { bytes: text('ba'), maxChars: 100 }, { owner: 'u2' });
    expect((await first).text).toBe('một');
    expect((await other).text).toBe('ba');
    expect((await runJob('documentText', { bytes: text('bốn'), maxChars: 100 }, { owner: 'u1' })).text).toBe('bốn');
  });

  it('ends a job past its time budget with 413', async () => {
    await expect(runJob('documentText', { bytes: text('x'), maxChars: 100 }, { limits: { timeoutMs: 1 } })).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/quá thời gian/), text: { en: expect.stringMatching(/^file: reading the file took too long/) } });
  });

  it('ends a job past its memory ceiling with 413, and the process goes on', async () => {
    // 2.9 MB of nested HTML: turning it into text takes far more than 8 MB of heap.
    const html = `<html><body>${'<div><p>phấn đấu <b>đạt</b> 5%</p></div>'.repeat(70_000)}</body></html>`;
    await expect(runJob('documentText', { bytes: text(html), maxChars: 10_000_000 }, { limits: { memoryMb: 8, timeoutMs: 120_000 } })).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/bộ nhớ/), text: { en: expect.stringMatching(/^file: reading the file needs too much memory/) } });
    expect((await runJob('documentText', { bytes: text('vẫn chạy'), maxChars: 100 })).text).toBe('vẫn chạy');
  });
});
