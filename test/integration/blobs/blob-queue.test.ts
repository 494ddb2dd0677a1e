import { firstValueFrom, filter, interval, switchMap, from } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { isBlobComplete } from '../../../sync/hub/blobs';
import { applicationCompleteness, startBlobQueue, type BlobQueue } from '../../../sync/client/blob-queue';
import { sha256Hex } from '../../../sync/client/blob-uploader';
import { makeApplication } from '../../support/fixtures';
import { startTestHub, type TestHub } from '../../support/hub';
import { startTestTerminal } from '../../support/terminal';
import { startLossyProxy } from '../../support/lossy-proxy';
import { randomBytes } from './blob-hub';

describe('scans reach the hub through the blob queue; an application is complete only when every file has arrived', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  });

  it('uploads a material’s pages, resumes after an outage, and reports completeness', async () => {
    const hub: TestHub = await startTestHub('pglite');
    cleanups.push(() => hub.close());
    const t = await hub.enrol('hall-scan');
    const proxy = await startLossyProxy(hub.url);
    cleanups.push(() => proxy.close());
    const terminal = await startTestTerminal(proxy.url, t);
    cleanups.push(() => terminal.close());

    const { _deleted, ...app } = makeApplication(t);
    void _deleted;
    await terminal.db.applications.insert(app);
    const pages = [randomBytes(3 * 1024 * 1024), randomBytes(120 * 1024)];
    const shas = await Promise.all(pages.map((p) => sha256Hex(p)));
    const material = await terminal.db.materials.insert({
      id: `${app.id}-m1`,
      applicationId: app.id,
      hallId: t.hallId,
      terminalId: t.terminalId,
      materialCode: 'ID_CARD',
      name: '居民身份证',
      provision: 'scanned',
      originalsSeen: 1,
      copiesReceived: 0,
      files: pages.map((p, i) => ({ sha256: shas[i]!, bytes: p.byteLength, mime: 'image/jpeg' as const })),
      createdAt: app.createdAt,
    });
    for (let i = 0; i < pages.length; i++) await material.putAttachment({ id: shas[i]!, data: new Blob([pages[i]!]), type: 'image/jpeg' });

    // Offline first: the record and files wait; nothing is "complete".
    proxy.setDown(true);
    terminal.start();
    const queue: BlobQueue = startBlobQueue({
      materials: terminal.db.materials,
      receipts: terminal.db.sync_receipts,
      connection: { hubUrl: proxy.url, token: t.token },
      backoff: { baseMs: 50, capMs: 300, minMs: 20 },
    });
    cleanups.push(async () => queue.stop());
    await firstValueFrom(queue.states$.pipe(filter((m) => [...m.values()].some((s) => s.state === 'error'))));
    expect((await applicationCompleteness(app.id, terminal.db.materials, terminal.db.sync_receipts)).complete).toBe(false);
    expect((await isBlobComplete(hub.db, t.hallId, shas)).size).toBe(0);

    proxy.setDown(false);
    terminal.sync.sendNow();
    queue.uploadNow();
    const done = await firstValueFrom(
      interval(100).pipe(
        switchMap(() => from(applicationCompleteness(app.id, terminal.db.materials, terminal.db.sync_receipts))),
        filter((c) => c.complete),
      ),
    );
    expect(done).toEqual({ materials: 1, materialsAtHub: 1, files: 2, filesAtHub: 2, complete: true });
    expect(await isBlobComplete(hub.db, t.hallId, shas)).toEqual(new Set(shas));
  });
});
