import { BehaviorSubject, combineLatest, map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { replicatedCollections, type CollectionName } from '../../shared/sync';
import type { BackoffPolicy } from './backoff';
import { openChangeStream } from './change-stream';
import { startCollectionSync, type CollectionSync, type SyncSummary } from './collection-sync';
import type { HubConnection } from './hub-api';
import type { ReceiptCollection } from './receipts';

export interface TerminalSyncSummary extends SyncSummary {
  /** The change stream is connected (hub hints arrive without polling). */
  streamConnected: boolean;
  /** Hub clock minus terminal clock, ms (HTTP Date has 1 s resolution); null until measured. */
  clockDriftMs: number | null;
  /** Per collection: last error, if any. */
  errors: Partial<Record<CollectionName, string>>;
}

export interface TerminalSync {
  readonly byCollection: ReadonlyMap<CollectionName, CollectionSync>;
  readonly summary$: Observable<TerminalSyncSummary>;
  sendNow(): void;
  stop(): Promise<void>;
}

/** Beyond this a supervisor is told the terminal's clock is wrong. */
export const CLOCK_DRIFT_WARNING_MS = 5 * 60_000;

/**
 * Replicates every collection this terminal holds with its hub: terminal-written ones
 * both ways, hub-written ones down only, all woken by the hub's change stream.
 */
export function startTerminalSync(options: {
  collections: Partial<Record<CollectionName, RxCollection>>;
  receipts: ReceiptCollection;
  connection: HubConnection;
  backoff?: BackoffPolicy;
  pullIntervalMs?: number;
  onConflict?: (collection: CollectionName, ids: string[]) => void;
}): TerminalSync {
  const drift$ = new BehaviorSubject<number | null>(null);
  const stream$ = new BehaviorSubject(false);
  const connection: HubConnection = {
    ...options.connection,
    onServerTime: (serverMs, sentMs, receivedMs) => {
      // The Date header is truncated to the second: add half a second on average.
      drift$.next(Math.round(serverMs + 500 - (sentMs + receivedMs) / 2));
      options.connection.onServerTime?.(serverMs, sentMs, receivedMs);
    },
  };
  const byCollection = new Map<CollectionName, CollectionSync>();
  for (const [name, collection] of Object.entries(options.collections) as [CollectionName, RxCollection][]) {
    const spec = replicatedCollections[name];
    byCollection.set(
      name,
      startCollectionSync({
        collection: collection as RxCollection<{ id: string }>,
        name,
        schema: spec.schema,
        connection,
        receipts: options.receipts,
        direction: spec.writer === 'hub' ? 'pull' : 'both',
        ...(options.backoff ? { backoff: options.backoff } : {}),
        ...(options.pullIntervalMs ? { pullIntervalMs: options.pullIntervalMs } : {}),
        onConflict: (ids) => options.onConflict?.(name, ids),
      }),
    );
  }

  const stream = openChangeStream(
    options.connection,
    (e) => {
      if (e.type === 'resync') for (const s of byCollection.values()) s.resync();
      else byCollection.get(e.collection as CollectionName)?.resync();
    },
    { ...(options.backoff ? { backoff: options.backoff } : {}), onState: (c) => stream$.next(c) },
  );

  const names = [...byCollection.keys()];
  const summary$ = combineLatest([combineLatest(names.map((n) => byCollection.get(n)!.summary$)), drift$, stream$]).pipe(
    map(([summaries, clockDriftMs, streamConnected]): TerminalSyncSummary => {
      const errors: Partial<Record<CollectionName, string>> = {};
      summaries.forEach((s, i) => {
        if (s.lastError) errors[names[i]!] = s.lastError.message;
      });
      const latest = (pick: (s: SyncSummary) => string | null) =>
        summaries.map(pick).filter((x): x is string => x !== null).sort().at(-1) ?? null;
      const lastError = summaries.map((s) => s.lastError).filter((e) => e !== null).sort((x, y) => (x.at < y.at ? 1 : -1))[0] ?? null;
      return {
        reachable: summaries.some((s) => s.reachable === false) ? false : summaries.some((s) => s.reachable) ? true : null,
        lastSuccessAt: latest((s) => s.lastSuccessAt),
        lastError,
        nextRetryAt: summaries.map((s) => s.nextRetryAt).filter((x): x is string => x !== null).sort()[0] ?? null,
        acknowledgedThisSession: summaries.reduce((n, s) => n + s.acknowledgedThisSession, 0),
        streamConnected,
        clockDriftMs,
        errors,
      };
    }),
  );

  return {
    byCollection,
    summary$,
    sendNow() {
      stream.reconnectNow();
      for (const s of byCollection.values()) s.sendNow();
    },
    async stop() {
      stream.close();
      await Promise.all([...byCollection.values()].map((s) => s.stop()));
    },
  };
}
