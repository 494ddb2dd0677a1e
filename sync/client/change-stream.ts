import { createParser } from 'eventsource-parser';
import { hubRoutes, streamEventSchema, type StreamEvent } from '../../shared/sync';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import type { HubConnection } from './hub-api';
import { Wake } from './wake';

/**
 * The hub's server-sent change hints, read with fetch (EventSource cannot send the
 * Authorization header). Reconnects forever with backoff; every (re)connection starts
 * with RESYNC from the hub, so notices missed while away are made up by a full pull.
 */
export function openChangeStream(
  connection: HubConnection,
  onEvent: (e: StreamEvent) => void,
  options: { backoff?: BackoffPolicy; onState?: (connected: boolean) => void } = {},
): { close(): void; reconnectNow(): void } {
  const policy = options.backoff ?? defaultBackoff;
  const wake = new Wake();
  let closed = false;
  let current: AbortController | undefined;

  void (async () => {
    for (let attempt = 0; !closed; ) {
      current = new AbortController();
      try {
        const res = await fetch(new URL(hubRoutes.stream(), connection.hubUrl), {
          headers: { authorization: `Bearer ${connection.token}`, accept: 'text/event-stream' },
          signal: current.signal,
        });
        if (!res.ok || !res.body) throw new Error(`stream HTTP ${res.status}`);
        options.onState?.(true);
        attempt = 0;
        const parser = createParser({
          onEvent: (msg) => {
            try {
              const parsed = streamEventSchema.safeParse(JSON.parse(msg.data));
              if (parsed.success) onEvent(parsed.data);
            } catch {
              /* a malformed hint is ignored; the periodic pull still runs */
            }
          },
        });
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        /* network errors and aborts: reconnect below */
      }
      options.onState?.(false);
      if (closed) break;
      await wake.sleep(backoffDelay(attempt++, policy));
    }
  })();

  return {
    close() {
      closed = true;
      current?.abort();
      wake.kick();
    },
    reconnectNow() {
      wake.kick();
    },
  };
}
