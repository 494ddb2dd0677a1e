import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryUploadUrlStorage, sha256Hex, uploadBlob } from '../../../sync/client/blob-uploader';
import { HubCallError } from '../../../sync/client/hub-api';
import { findBlob } from '../../../sync/hub/blobs';
import { databaseKinds, type TestTerminal } from '../../support/hub';
import { randomBytes, startBlobHub, storedDigest, type BlobTestHub } from './blob-hub';
import { startCuttingProxy, type ProxiedRequest } from './cutting-proxy';

/**
 * Fault injection for scans (issue 4): the network cut in the middle of a 20 MB
 * upload, the hub restarted mid-upload, the last answer lost. Each proof reads the
 * offsets the client and the hub named on the wire, as the proxy saw them.
 */
const kinds = await databaseKinds();
const MiB = 1024 * 1024;
const SIZE = 20 * 1000 * 1000;
const CUT_AT = 8 * MiB + 300 * 1024; // in the middle of the ninth chunk

/** Bytes the hub acknowledged before the first cut, and the PATCHes after it. */
function splitAtCut(patches: ProxiedRequest[]) {
  const cutIndex = patches.findIndex((p) => p.cut);
  expect(cutIndex).toBeGreaterThan(0);
  const before = patches.slice(0, cutIndex);
  const acknowledged = Math.max(...before.map((p) => (p.status === 204 ? (p.responseOffset ?? 0) : 0)));
  return { acknowledged, cut: patches[cutIndex] as ProxiedRequest, after: patches.slice(cutIndex + 1) };
}

/**
 * The PATCHes the hub accepted after a fault continue one another exactly up to the
 * end, starting at or beyond `from`. (A PATCH may be refused with 409 when the hub
 * was still writing the cut chunk as the client asked for the offset; tus-js-client
 * then asks again. That costs at most one chunk, never a restart from zero.)
 */
function expectContiguousFrom(patches: ProxiedRequest[], from: number, size: number) {
  const accepted = patches.filter((p) => p.status === 204);
  expect(accepted[0]?.requestOffset).toBeGreaterThanOrEqual(from);
  for (let i = 1; i < accepted.length; i++) expect(accepted[i]?.requestOffset).toBe(accepted[i - 1]?.responseOffset);
  expect(accepted.at(-1)?.responseOffset).toBe(size);
  expect(patches.filter((p) => p.status !== 204).every((p) => p.status === 409 || p.status === undefined)).toBe(true);
  const sent = patches.reduce((n, p) => n + p.bodyBytes, 0);
  expect(sent).toBeGreaterThanOrEqual(size - (accepted[0]?.requestOffset ?? 0));
  expect(sent).toBeLessThanOrEqual(size - from + MiB);
  return accepted[0]?.requestOffset ?? -1;
}

describe.each(kinds)('blob uploads that survive faults on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`SKIPPED: no PostgreSQL server for the ${kind} cases`, () => {});
    return;
  }
  let hub: BlobTestHub;
  let a: TestTerminal;

  beforeAll(async () => {
    hub = await startBlobHub(kind);
    a = await hub.enrol('hall-a');
  });
  afterAll(async () => hub?.close());

  it('network cut mid-upload of a 20 MB scan: resumes from the last acknowledged chunk, not from zero', async () => {
    const bytes = randomBytes(SIZE);
    const sha256 = await sha256Hex(bytes);
    const proxy = await startCuttingProxy(hub.url);
    try {
      proxy.cutAfterUploadBytes(CUT_AT);
      // The cable is plugged back at once: tus-js-client's own retry asks the hub and continues.
      const result = await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, retryDelays: [0, 200, 500] });
      expect(result.skipped).toBe(false);

      const { acknowledged, cut, after } = splitAtCut(proxy.patches());
      expect(acknowledged).toBe(8 * MiB); // eight 1 MiB chunks confirmed before the cut
      expect(cut.requestOffset).toBe(8 * MiB);
      // Not from zero: from what the hub holds, at least every acknowledged chunk
      // (the file store also keeps what arrived of the chunk in flight), at most what passed the cut.
      const resumedAt = expectContiguousFrom(after, acknowledged, SIZE);
      expect(resumedAt).toBeLessThanOrEqual(CUT_AT);
      // Over the whole upload at most one chunk crossed the wire twice.
      expect(proxy.uploadBytes).toBeLessThanOrEqual(SIZE + MiB);
      expect(proxy.log.filter((e) => e.method === 'POST')).toHaveLength(1);
      // Between the cut and the resumed PATCH the client asked where to continue.
      expect(proxy.log.slice(proxy.log.indexOf(cut) + 1).find((e) => e.method !== 'PATCH')?.method).toBe('HEAD');

      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
      expect(await findBlob('hall-a', sha256)(hub.db)).toMatchObject({ size: SIZE });
    } finally {
      await proxy.close();
    }
  });

  it('network down after the cut, hub restarted meanwhile: a later attempt resumes the same upload', async () => {
    const bytes = randomBytes(SIZE);
    const sha256 = await sha256Hex(bytes);
    const urlStorage = new MemoryUploadUrlStorage(); // what the renderer persists across restarts
    const proxy = await startCuttingProxy(hub.url);
    try {
      proxy.cutAfterUploadBytes(CUT_AT, { stayDown: true });
      const failed = await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, urlStorage, retryDelays: [0, 100] }).catch(
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(HubCallError);
      expect((failed as HubCallError).kind).toBe('network');
      expect(await urlStorage.findAllUploads()).toHaveLength(1); // kept for resuming

      await hub.restart(); // new process on the same database and blob folder
      proxy.setDown(false);
      const logFrom = proxy.log.length;
      const result = await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, urlStorage });
      expect(result.skipped).toBe(false);

      const second = proxy.log.slice(logFrom);
      expect(second.map((e) => e.method).slice(0, 2)).toEqual(['GET', 'HEAD']); // not held yet; where was I?
      expect(second.filter((e) => e.method === 'POST')).toHaveLength(0); // the same upload, not a new one
      const { acknowledged } = splitAtCut(proxy.patches());
      expect(acknowledged).toBe(8 * MiB);
      const resumedAt = expectContiguousFrom(
        second.filter((e) => e.method === 'PATCH'),
        acknowledged,
        SIZE,
      );
      expect(resumedAt).toBeLessThanOrEqual(CUT_AT);
      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
      expect(await urlStorage.findAllUploads()).toEqual([]); // done: nothing left to resume
    } finally {
      await proxy.close();
    }
  });

  it('hub stopped while a 20 MB upload is in flight and started again: the same call finishes it', async () => {
    const bytes = randomBytes(SIZE);
    const sha256 = await sha256Hex(bytes);
    const proxy = await startCuttingProxy(hub.url);
    let restarted: Promise<void> | undefined;
    try {
      proxy.whenUploadBytes(CUT_AT, () => {
        restarted = (async () => {
          await hub.stop();
          await new Promise((r) => setTimeout(r, 300)); // requests meanwhile are refused
          await hub.start();
        })();
      });
      const result = await uploadBlob({
        connection: { hubUrl: proxy.url, token: a.token },
        bytes,
        sha256,
        retryDelays: [0, 250, 500, 1000, 2000, 4000],
      });
      await restarted;
      expect(result.skipped).toBe(false);
      const patches = proxy.patches();
      const failedAt = patches.findIndex((p) => p.status === undefined);
      expect(failedAt).toBeGreaterThan(0); // some request did not get through while the hub was down
      const acknowledged = Math.max(...patches.slice(0, failedAt).map((p) => p.responseOffset ?? 0));
      expect(acknowledged).toBeGreaterThanOrEqual(8 * MiB);
      expectContiguousFrom(patches.slice(failedAt), acknowledged, SIZE);
      expect(proxy.uploadBytes).toBeLessThanOrEqual(SIZE + MiB);
      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    } finally {
      await restarted;
      await proxy.close();
    }
  });

  it('last answer lost after the hub stored the scan: the retry learns it is complete, nothing is sent twice', async () => {
    const bytes = randomBytes(3 * MiB + 5);
    const sha256 = await sha256Hex(bytes);
    const proxy = await startCuttingProxy(hub.url);
    try {
      proxy.dropFinalAnswer(bytes.length);
      const result = await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, retryDelays: [0, 200] });
      expect(result.skipped).toBe(false);
      expect(proxy.log.filter((e) => e.dropped)).toHaveLength(1);
      const last = proxy.log.at(-1);
      expect([last?.method, last?.status, last?.responseOffset]).toEqual(['HEAD', 200, bytes.length]);
      expect(proxy.uploadBytes).toBe(bytes.length);
      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    } finally {
      await proxy.close();
    }
  });

  it('an aborted upload stays resumable', async () => {
    const bytes = randomBytes(6 * MiB);
    const sha256 = await sha256Hex(bytes);
    const urlStorage = new MemoryUploadUrlStorage();
    const proxy = await startCuttingProxy(hub.url);
    try {
      const controller = new AbortController();
      proxy.whenUploadBytes(3 * MiB + 10, () => controller.abort());
      const aborted = await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, urlStorage, signal: controller.signal }).catch(
        (e: unknown) => e,
      );
      expect((aborted as Error).name).toBe('AbortError');
      const logFrom = proxy.log.length;
      await uploadBlob({ connection: { hubUrl: proxy.url, token: a.token }, bytes, sha256, urlStorage });
      const resumedAt = proxy.log.slice(logFrom).find((e) => e.method === 'PATCH')?.requestOffset ?? -1;
      expect(resumedAt).toBeGreaterThanOrEqual(3 * MiB);
      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    } finally {
      await proxy.close();
    }
  });
});
