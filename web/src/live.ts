// Live screens pushed by the server (Server-Sent Events, server/live.ts), with polling while the stream is down.
import { useEffect, useRef, useState } from 'react';

/** A stream with neither an event nor a heartbeat (sent every 15 s) for this long is taken as dropped. */
const SILENT_MS = 40_000;
/** After the server refused or closed the stream for good, it is tried again this much later. */
const REOPEN_MS = 10_000;

export interface LiveState {
  /** The last poll failed while the stream was down: the screen keeps its numbers and says so. */
  offline: boolean;
  /** The numbers arrive pushed (the stream is open); false while polling. */
  pushed: boolean;
}

/**
 * Follows `/api{streamPath}`: each `event` goes to `onData` as parsed JSON. While the stream is not open
 * (not yet, dropped, refused, or no EventSource in this browser) `poll` runs every `pollMs`, and stops as
 * soon as the stream opens again, so a screen on a working stream asks the server nothing.
 */
export function useLive<T>(streamPath: string, event: string, onData: (data: T) => void, poll: () => Promise<unknown>, pollMs: number): LiveState {
  const [offline, setOffline] = useState(false);
  const [pushed, setPushed] = useState(false);
  const handlers = useRef({ onData, poll });
  handlers.current = { onData, poll };
  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let polling = false;
    let silence: ReturnType<typeof setTimeout> | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;

    const tick = async () => {
      if (stopped || !polling) return;
      try {
        await handlers.current.poll();
        if (!stopped) setOffline(false);
      } catch {
        if (!stopped) setOffline(true);
      }
      if (!stopped && polling) pollTimer = setTimeout(() => void tick(), pollMs);
    };
    const startPolling = () => {
      setPushed(false);
      if (polling) return;
      polling = true;
      void tick();
    };
    const stopPolling = () => {
      polling = false;
      clearTimeout(pollTimer);
    };
    const alive = () => {
      clearTimeout(silence);
      silence = setTimeout(() => {
        // Silent too long (a proxy holding it, a laptop waking up): drop it and start again.
        source?.close();
        startPolling();
        open();
      }, SILENT_MS);
    };
    function open() {
      if (stopped) return;
      if (typeof EventSource === 'undefined') return startPolling();
      const es = new EventSource(`/api${streamPath}`);
      source = es;
      es.addEventListener('open', () => {
        stopPolling();
        setPushed(true);
        setOffline(false);
        alive();
      });
      es.addEventListener(event, (e) => {
        alive();
        setOffline(false);
        handlers.current.onData(JSON.parse((e as MessageEvent<string>).data) as T);
      });
      es.addEventListener('heartbeat', alive);
      es.addEventListener('error', () => {
        if (stopped) return;
        startPolling();
        // Closed for good (a refusal, a 5xx): the browser will not retry on its own.
        if (es.readyState === EventSource.CLOSED) {
          clearTimeout(reopen);
          reopen = setTimeout(open, REOPEN_MS);
        }
      });
    }
    open();
    return () => {
      stopped = true;
      stopPolling();
      clearTimeout(silence);
      clearTimeout(reopen);
      source?.close();
    };
  }, [streamPath, event, pollMs]);
  return { offline, pushed };
}
