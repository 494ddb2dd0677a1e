import { firstValueFrom, filter } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRxDatabase, type RxCollection } from 'rxdb';
import { applicationSchema, type Application } from '../../../shared/application/application';
import { applicationRxSchema } from '../../../renderer/db/schemas';
import { syncReceiptRxSchema, type ReceiptCollection } from '../../../sync/client/receipts';
import { countDocuments } from '../../../sync/hub/repositories/documents';
import { reconcileWithHub } from '../../../sync/client/reconcile';
import { chinaDay } from '../../../shared/sync';
import { startCollectionSync, type CollectionSync } from '../../../sync/client/collection-sync';
import { openCounterDatabase, type CounterDatabase } from '../../../renderer/db/database';
import { makeApplication } from '../../support/fixtures';
import { startTestHub, type TestHub, type TestTerminal } from '../../support/hub';
import { startLossyProxy } from '../../support/lossy-proxy';

const fastBackoff = { baseMs: 50, capMs: 200, minMs: 20 };

describe('sync client against a live hub', () => {
  let hub: TestHub;
  let terminal: TestTerminal;
  let db: CounterDatabase;
  let proxy: Awaited<ReturnType<typeof startLossyProxy>>;
  let sync: CollectionSync | undefined;

  beforeEach(async () => {
    hub = await startTestHub('pglite');
    terminal = await hub.enrol('hall-sync');
    proxy = await startLossyProxy(hub.url);
    db = await openCounterDatabase({
      storage: getRxStorageMemory(),
      encryptionKey: 'a'.repeat(64),
      name: `t${Math.random().toString(36).slice(2)}`,
    });
  });
  afterEach(async () => {
    await sync?.stop();
    sync = undefined;
    await db.close();
    await proxy.close();
    await hub.close();
  });

  const start = () =>
    (sync = startCollectionSync({
      collection: db.applications,
      name: 'applications',
      schema: applicationSchema,
      connection: { hubUrl: proxy.url, token: terminal.token },
      receipts: db.sync_receipts,
      backoff: fastBackoff,
      pullIntervalMs: 100,
    }));

  const waitForReceipt = (id: string) =>
    firstValueFrom(db.sync_receipts.findOne(`applications:${id}`).$.pipe(filter((d) => d !== null)));

  it('pushes a saved application, marks it acknowledged and pulls the hub receipt down', async () => {
    const s = start();
    const { _deleted, ...doc } = makeApplication(terminal);
    void _deleted;
    await db.applications.insert(doc);
    const acked = await firstValueFrom(s.recordStates$.pipe(filter((m) => m.get(doc.id)?.state === 'acknowledged')));
    expect(acked.get(doc.id)?.state).toBe('acknowledged');
    await waitForReceipt(doc.id);
    const local = await db.applications.findOne(doc.id).exec();
    expect(local?.applicant.residentId).toBe(doc.applicant.residentId); // decrypted for the app, not lost
    // Another window of the same hall receives it (pickup at any window), receipt included.
    const neighbour = await hub.enrol('hall-sync', 'window 2');
    // Just the two collections needed: open-source RxDB caps collections per process (16).
    const other = await createRxDatabase<{ applications: RxCollection<Application>; sync_receipts: ReceiptCollection }>({
      name: `n${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
    });
    await other.addCollections({ applications: { schema: { ...applicationRxSchema, encrypted: [] } }, sync_receipts: { schema: syncReceiptRxSchema } });
    const otherSync = startCollectionSync({
      collection: other.applications,
      name: 'applications',
      schema: applicationSchema,
      connection: { hubUrl: hub.url, token: neighbour.token },
      receipts: other.sync_receipts,
      backoff: fastBackoff,
    });
    const seen = await firstValueFrom(other.sync_receipts.findOne(`applications:${doc.id}`).$.pipe(filter((d) => d !== null)));
    expect(seen?.hubSeq).toBeGreaterThan(0);
    const arrived = await firstValueFrom(other.applications.findOne(doc.id).$.pipe(filter((d) => d !== null)));
    expect(arrived?.matter).toEqual(doc.matter);
    await otherSync.stop();
    await other.close();
    expect(await countDocuments('applications', doc.id)(hub.db)).toBe(1);
  });

  it('keeps records while the hub is unreachable, reports the error, and delivers each exactly once after', async () => {
    proxy.setDown(true);
    const s = start();
    const docs = Array.from({ length: 5 }, () => {
      const { _deleted, ...d } = makeApplication(terminal);
      void _deleted;
      return d;
    });
    await db.applications.bulkInsert(docs);
    const failed = await firstValueFrom(s.summary$.pipe(filter((x) => x.lastError !== null)));
    expect(failed.reachable).toBe(false);
    expect(failed.lastError?.message).toContain('无法连接中心服务');
    expect(await countDocuments('applications')(hub.db)).toBe(0);

    proxy.setDown(false);
    s.sendNow();
    for (const d of docs) await waitForReceipt(d.id);
    expect(await countDocuments('applications')(hub.db)).toBe(5);
    const summary = await firstValueFrom(s.summary$.pipe(filter((x) => x.lastError === null)));
    expect(summary.lastSuccessAt).not.toBeNull();
  });

  it('delivers exactly once when the hub committed but the answer was lost', async () => {
    proxy.dropResponses(1, 'POST');
    start();
    const { _deleted, ...doc } = makeApplication(terminal);
    void _deleted;
    await db.applications.insert(doc);
    await waitForReceipt(doc.id);
    expect(proxy.dropped).toBe(1); // the first push committed at the hub, its answer never arrived
    expect(await countDocuments('applications', doc.id)(hub.db)).toBe(1);
    const report = await reconcileWithHub({ hubUrl: hub.url, token: terminal.token }, db.applications, 'applications', terminal.terminalId, chinaDay(doc.createdAt));
    expect(report).toMatchObject({ agree: true, local: { count: 1 } });
    expect(await countDocuments('applications', doc.id)(hub.db)).toBe(1);
  });
});
