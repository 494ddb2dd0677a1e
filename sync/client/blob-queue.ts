import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { MaterialRecord } from '../../shared/materials/material-record';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { uploadBlob, type UploadUrlStorage } from './blob-uploader';
import { HubCallError, type HubConnection } from './hub-api';
import { receiptKey, type ReceiptCollection } from './receipts';
import { Wake } from './wake';

/** Receipts of files use this pseudo-collection name; the document id is the SHA-256. */
export const BLOB_RECEIPTS = 'blobs';

export type BlobUploadState =
  | { state: 'queued' }
  | { state: 'uploading'; sent: number; total: number }
  | { state: 'error'; reason: string; permanent: boolean };

export interface BlobQueue {
  readonly states$: Observable<ReadonlyMap<string, BlobUploadState>>;
  uploadNow(): void;
  stop(): void;
}

/**
 * Scans travel in their own resumable queue, one file at a time, acknowledged per file
 * (pitfalls.md: multi-MB attachments inside replication got stuck elsewhere). The bytes
 * are the material document's RxDB attachments, named by their SHA-256; a file the hub has
 * verified gets a receipt, and the queue never sends it again.
 */
export function startBlobQueue(options: {
  materials: RxCollection<MaterialRecord>;
  receipts: ReceiptCollection;
  connection: HubConnection;
  urlStorage?: UploadUrlStorage;
  backoff?: BackoffPolicy;
}): BlobQueue {
  const policy = options.backoff ?? defaultBackoff;
  const wake = new Wake();
  const states = new Map<string, BlobUploadState>();
  const states$ = new BehaviorSubject<ReadonlyMap<string, BlobUploadState>>(new Map());
  const publish = () => states$.next(new Map(states));
  let stopped = false;
  const abort = new AbortController();

  const pending = async (): Promise<{ doc: MaterialRecord; sha256: string }[]> => {
    const docs = await options.materials.find().exec();
    const wanted = docs.flatMap((d) => d.files.map((f) => ({ doc: d.toJSON() as MaterialRecord, sha256: f.sha256, rx: d })));
    const done = await options.receipts.findByIds(wanted.map((w) => receiptKey(BLOB_RECEIPTS, w.sha256))).exec();
    return wanted.filter((w) => !done.has(receiptKey(BLOB_RECEIPTS, w.sha256)) && w.rx.getAttachment(w.sha256) !== null);
  };

  void (async () => {
    let attempt = 0;
    while (!stopped) {
      const todo = await pending().catch(() => []);
      for (const t of todo) if (!states.has(t.sha256)) states.set(t.sha256, { state: 'queued' });
      publish();
      let failed = false;
      for (const t of todo) {
        if (stopped) break;
        const doc = await options.materials.findOne(t.doc.id).exec();
        const attachment = doc?.getAttachment(t.sha256);
        if (!attachment) continue;
        const bytes = new Uint8Array(await (await attachment.getData()).arrayBuffer());
        try {
          await uploadBlob({
            connection: options.connection,
            bytes,
            sha256: t.sha256,
            signal: abort.signal,
            ...(options.urlStorage ? { urlStorage: options.urlStorage } : {}),
            onProgress: (sent, total) => {
              states.set(t.sha256, { state: 'uploading', sent, total });
              publish();
            },
          });
          await options.receipts.upsert({
            key: receiptKey(BLOB_RECEIPTS, t.sha256),
            collectionName: BLOB_RECEIPTS,
            docId: t.sha256,
            acknowledgedAt: new Date().toISOString(),
          });
          states.delete(t.sha256);
          publish();
          attempt = 0;
        } catch (e) {
          if (stopped) break;
          const err = e instanceof HubCallError ? e : new HubCallError('network', e instanceof Error ? e.message : String(e));
          states.set(t.sha256, { state: 'error', reason: err.message, permanent: err.permanent });
          publish();
          failed = true;
          if (!err.permanent) break; // network: wait and retry the same file first
        }
      }
      await wake.sleep(failed ? backoffDelay(attempt++, policy) : 2_000);
    }
  })();

  // New or changed materials wake the queue at once.
  const sub: Subscription = options.materials.$.subscribe(() => wake.kick());
  return {
    states$: states$.asObservable(),
    uploadNow: () => wake.kick(),
    stop() {
      stopped = true;
      abort.abort();
      sub.unsubscribe();
      wake.kick();
    },
  };
}

export interface Completeness {
  materials: number;
  materialsAtHub: number;
  files: number;
  filesAtHub: number;
  /** Every material record and every file of the application is acknowledged by the hub. */
  complete: boolean;
}

/** "Complete at hub" for one application, from local receipts only (works offline). */
export async function applicationCompleteness(
  applicationId: string,
  materials: RxCollection<MaterialRecord>,
  receipts: ReceiptCollection,
): Promise<Completeness> {
  const docs = (await materials.find({ selector: { applicationId } }).exec()).map((d) => d.toJSON() as MaterialRecord);
  const files = [...new Set(docs.flatMap((d) => d.files.map((f) => f.sha256)))];
  const keys = [...docs.map((d) => receiptKey('materials', d.id)), ...files.map((f) => receiptKey(BLOB_RECEIPTS, f))];
  const found = await receipts.findByIds(keys).exec();
  const materialsAtHub = docs.filter((d) => found.has(receiptKey('materials', d.id))).length;
  const filesAtHub = files.filter((f) => found.has(receiptKey(BLOB_RECEIPTS, f))).length;
  return { materials: docs.length, materialsAtHub, files: files.length, filesAtHub, complete: materialsAtHub === docs.length && filesAtHub === files.length };
}
