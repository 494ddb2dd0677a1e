import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { RxCollection, RxReplicationPullStreamItem, RxReplicationWriteToMasterRow } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { z } from 'zod';
import type { Checkpoint, CollectionName } from '../../shared/sync';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { HubCallError, pullFromHub, pushToHub, type HubConnection } from './hub-api';
import { receiptKey, type ReceiptCollection, type SyncReceipt } from './receipts';
import { Wake } from './wake';

/** What the clerk sees per record: 本地已保存 → 已发送 → 中心已确认, or an error with its reason. */
export type RecordSyncState =
  | { state: 'sending'; since: string }
  | { state: 'acknowledged'; at: string }
  | { state: 'error'; reason: string; permanent: boolean; at: string };

export interface SyncSummary {
  /** Last request reached the hub. Unknown (null) until the first attempt. */
  reachable: boolean | null;
  lastSuccessAt: string | null;
  lastError: { message: string; at: string; permanent: boolean } | null;
  nextRetryAt: string | null;
  /** Documents pushed in this session and acknowledged. */
  acknowledgedThisSession: number;
}

export interface CollectionSyncOptions<T extends { id: string }> {
  collection: RxCollection<T>;
  name: CollectionName;
  /** Wire schema of the collection (shared/sync contract); pulled documents are validated with it. */
  schema: z.ZodObject;
  connection: HubConnection;
  /** Local-only store of hub acknowledgements (see receipts.ts). */
  receipts: ReceiptCollection;
  pushBatchSize?: number;
  pullBatchSize?: number;
  /** Safety-net polling; the change stream makes pulls prompt (ARCHITECTURE.md §3). */
  pullIntervalMs?: number;
  /** Hub-written collections are only pulled. */
  direction?: 'both' | 'pull';
  backoff?: BackoffPolicy;
  /** Where conflicts are reported: our ownership rules make them a bug worth logging. */
  onConflict?: (ids: string[]) => void;
  now?: () => Date;
}

export interface CollectionSync {
  readonly recordStates$: Observable<ReadonlyMap<string, RecordSyncState>>;
  readonly summary$: Observable<SyncSummary>;
  readonly replication: RxReplicationState<unknown, Checkpoint>;
  /** Retry at once instead of waiting for the backoff timer, and pull. */
  sendNow(): void;
  /** Pull now (the hub said this collection changed). */
  resync(): void;
  stop(): Promise<void>;
}

/**
 * Live two-way replication of one collection with the hub (RxDB's protocol over HTTP).
 * Retries live inside the handlers so we control the schedule (capped exponential
 * backoff with jitter, woken by "send now" and by the `online` event). Sync keeps running
 * while the window is hidden and does not wait for leader election: a minimised counter
 * must keep sending (pitfalls.md).
 */
export function startCollectionSync<T extends { id: string }>(options: CollectionSyncOptions<T>): CollectionSync {
  const now = options.now ?? (() => new Date());
  const policy = options.backoff ?? defaultBackoff;
  const wake = new Wake();
  const states = new Map<string, RecordSyncState>();
  const states$ = new BehaviorSubject<ReadonlyMap<string, RecordSyncState>>(new Map());
  const summary$ = new BehaviorSubject<SyncSummary>({
    reachable: null,
    lastSuccessAt: null,
    lastError: null,
    nextRetryAt: null,
    acknowledgedThisSession: 0,
  });
  const pullStream$ = new Subject<RxReplicationPullStreamItem<T, Checkpoint>>();
  let stopped = false;

  const publishStates = () => states$.next(new Map(states));
  const patchSummary = (patch: Partial<SyncSummary>) => summary$.next({ ...summary$.value, ...patch });

  async function withRetry<R>(what: string, ids: string[], op: () => Promise<R>): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      if (stopped) throw new Error('sync stopped');
      try {
        const result = await op();
        patchSummary({ reachable: true, lastSuccessAt: now().toISOString(), lastError: null, nextRetryAt: null });
        return result;
      } catch (e) {
        const err = e instanceof HubCallError ? e : new HubCallError('network', e instanceof Error ? e.message : String(e));
        const delay = backoffDelay(attempt, policy);
        const at = now().toISOString();
        patchSummary({
          reachable: err.kind !== 'network',
          lastError: { message: `${what}：${err.message}`, at, permanent: err.permanent },
          nextRetryAt: new Date(now().getTime() + delay).toISOString(),
        });
        // A network failure says nothing about the records: they stay "saved locally, to be
        // sent". Only a refusal by the hub marks them as errors (pitfalls.md: failed = unknown).
        for (const id of ids) {
          if (err.kind === 'network') states.delete(id);
          else states.set(id, { state: 'error', reason: err.message, permanent: err.permanent, at });
        }
        if (ids.length) publishStates();
        await wake.sleep(delay);
      }
    }
  }

  const replication = replicateRxCollection<T, Checkpoint>({
    collection: options.collection,
    // Not tied to the hub's URL: a terminal that switches between hub replicas (or whose
    // hub moves) continues from its checkpoint instead of starting over.
    replicationIdentifier: `hub:${options.name}`,
    live: true,
    autoStart: true,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    retryTime: policy.capMs,
    pull: {
      batchSize: options.pullBatchSize ?? 100,
      stream$: pullStream$.asObservable(),
      handler: async (checkpoint, batchSize) => {
        const page = await withRetry('接收', [], () =>
          pullFromHub(options.connection, options.name, options.schema, checkpoint ?? undefined, batchSize),
        );
        const stamped: SyncReceipt[] = [];
        for (const d of page.documents as { id: string; hubReceipt?: { seq: number; receivedAt: string } }[]) {
          if (d.hubReceipt)
            stamped.push({ key: receiptKey(options.name, d.id), collectionName: options.name, docId: d.id, acknowledgedAt: d.hubReceipt.receivedAt, hubSeq: d.hubReceipt.seq });
        }
        if (stamped.length) await options.receipts.bulkUpsert(stamped);
        return { documents: page.documents as never[], checkpoint: page.checkpoint ?? checkpoint ?? undefined };
      },
    },
    push: options.direction === 'pull' ? undefined : {
      // Large batches drain a backlog after an outage quickly (issue 4 target: 40,000 docs < 30 s).
      batchSize: options.pushBatchSize ?? 200,
      handler: async (rows: RxReplicationWriteToMasterRow<T>[]) => {
        const ids = rows.map((r) => String(r.newDocumentState.id));
        const since = now().toISOString();
        for (const id of ids) states.set(id, { state: 'sending', since });
        publishStates();
        const conflicts = (await withRetry('发送', ids, () => pushToHub(options.connection, options.name, rows))) as (T & {
          _deleted: boolean;
        })[];
        const conflicted = new Set(conflicts.map((c) => String(c.id)));
        const at = now().toISOString();
        // Persist the acknowledgement before RxDB records the push as done (see receipts.ts).
        const acked = ids.filter((id) => !conflicted.has(id));
        const known = await options.receipts.findByIds(acked.map((id) => receiptKey(options.name, id))).exec();
        const fresh = acked.filter((id) => !known.has(receiptKey(options.name, id)));
        if (fresh.length)
          await options.receipts.bulkUpsert(fresh.map((id) => ({ key: receiptKey(options.name, id), collectionName: options.name, docId: id, acknowledgedAt: at })));
        for (const id of ids) {
          states.set(id, conflicted.has(id) ? { state: 'error', reason: '与中心数据冲突', permanent: true, at } : { state: 'acknowledged', at });
        }
        publishStates();
        patchSummary({ acknowledgedThisSession: summary$.value.acknowledgedThisSession + ids.length - conflicted.size });
        if (conflicted.size) options.onConflict?.([...conflicted]);
        // Bring the hub's receipt stamp down so the acknowledgement survives a reload.
        setTimeout(() => pullStream$.next('RESYNC'), 200);
        return conflicts as never[];
      },
    },
  });

  const interval = setInterval(() => pullStream$.next('RESYNC'), options.pullIntervalMs ?? 60_000);
  const onOnline = () => {
    wake.kick();
    pullStream$.next('RESYNC');
  };
  globalThis.addEventListener?.('online', onOnline);

  return {
    recordStates$: states$.asObservable(),
    summary$: summary$.asObservable(),
    replication: replication as unknown as RxReplicationState<unknown, Checkpoint>,
    sendNow() {
      wake.kick();
      pullStream$.next('RESYNC');
      void replication.reSync();
    },
    resync() {
      pullStream$.next('RESYNC');
    },
    async stop() {
      stopped = true;
      clearInterval(interval);
      globalThis.removeEventListener?.('online', onOnline);
      wake.kick();
      await replication.cancel();
      pullStream$.complete();
    },
  };
}
