// Reads a Server-Sent Events stream as a test does: the status and headers, then one event at a time.
import type { Client } from './server.ts';

export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

export interface EventReader {
  status: number;
  headers: Headers;
  /** The body when the answer was not a stream (a refusal), parsed as JSON. */
  body: any;
  /** The next event (of this name, skipping others, when given); fails after `timeoutMs`. */
  next(event?: string, timeoutMs?: number): Promise<SseEvent>;
  /** Every event that arrives within `ms`. */
  during(ms: number): Promise<SseEvent[]>;
  close(): void;
}

export async function openEvents(url: string, client: Client, path: string, headers: Record<string, string> = {}): Promise<EventReader> {
  const ac = new AbortController();
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(url + path, { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}), ...headers }, signal: ac.signal });
  const isStream = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
  let body: any = null;
  if (!isStream) {
    const text = await res.text();
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const queue: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  if (isStream && res.body) {
    void (async () => {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let cut: number;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const e: SseEvent = { event: 'message', data: '' };
            const data: string[] = [];
            for (const line of block.split('\n')) {
              const i = line.indexOf(':');
              if (i === 0) continue;
              const [k, v] = i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1).replace(/^ /, '')];
              if (k === 'event') e.event = v;
              else if (k === 'data') data.push(v);
              else if (k === 'id') e.id = v;
            }
            e.data = data.join('\n');
            queue.push(e);
            waiters.splice(0).forEach((w) => w());
          }
        }
      } catch {
        /* aborted */
      }
      ended = true;
      waiters.splice(0).forEach((w) => w());
    })();
  }
  const wait = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    waiters.push(() => {
      clearTimeout(t);
      resolve();
    });
  });
  return {
    status: res.status,
    headers: res.headers,
    body,
    async next(event, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const i = queue.findIndex((e) => !event || e.event === event);
        if (i >= 0) return queue.splice(0, i + 1).at(-1)!;
        if (ended) throw new Error(`stream ended before a ${event ?? 'any'} event`);
        if (Date.now() >= until) throw new Error(`no ${event ?? 'any'} event within ${timeoutMs} ms (had: ${queue.map((e) => e.event).join(', ') || 'none'})`);
        await wait(until - Date.now());
      }
    },
    async during(ms) {
      await new Promise((r) => setTimeout(r, ms));
      return queue.splice(0);
    },
    close: () => ac.abort(),
  };
}
