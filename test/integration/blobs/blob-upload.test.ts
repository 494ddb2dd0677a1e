import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubCallError, type HubConnection } from '../../../sync/client/hub-api';
import { MemoryUploadUrlStorage, hubHasBlob, sha256Hex, uploadBlob } from '../../../sync/client/blob-uploader';
import { findBlob, isBlobComplete } from '../../../sync/hub/blobs';
import { databaseKinds, type TestTerminal } from '../../support/hub';
import { incomingFiles, randomBytes, startBlobHub, storedDigest, tusMetadata, type BlobTestHub } from './blob-hub';
import { startCuttingProxy } from './cutting-proxy';

const kinds = await databaseKinds();
const MiB = 1024 * 1024;
const MAX = 24 * MiB; // this suite's per-blob limit, so "too large" needs only 24 MiB of test data

describe.each(kinds)('blob uploads on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`SKIPPED: no PostgreSQL server for the ${kind} cases`, () => {});
    return;
  }
  let hub: BlobTestHub;
  let a: TestTerminal; // hall A
  let a2: TestTerminal; // hall A, another counter
  let b: TestTerminal; // hall B
  const conn = (t: TestTerminal, hubUrl = hub.url): HubConnection => ({ hubUrl, token: t.token });

  beforeAll(async () => {
    hub = await startBlobHub(kind, { maxBlobBytes: MAX });
    a = await hub.enrol('hall-a');
    a2 = await hub.enrol('hall-a', 'second counter');
    b = await hub.enrol('hall-b');
  });
  afterAll(async () => hub?.close());

  /** A raw tus creation request, to probe the protocol below the client library. */
  const create = (t: TestTerminal | undefined, fields: Record<string, string>, length: number) =>
    fetch(`${hub.url}/v1/blobs`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(length),
        'Upload-Metadata': tusMetadata(fields),
        ...(t ? { Authorization: `Bearer ${t.token}` } : {}),
      },
    });
  const tusHead = (t: TestTerminal, url: string) =>
    fetch(url, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${t.token}` } });
  const tusPatch = (t: TestTerminal, url: string, offset: number, body: Uint8Array<ArrayBuffer>) =>
    fetch(url, {
      method: 'PATCH',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        Authorization: `Bearer ${t.token}`,
      },
      body,
    });

  it('uploads a small scan, verifies it and stores it under its SHA-256', async () => {
    const bytes = randomBytes(3000);
    const sha256 = await sha256Hex(bytes);
    const progress: number[] = [];
    const result = await uploadBlob({ connection: conn(a), bytes, sha256, onProgress: (sent) => progress.push(sent) });
    expect(result).toEqual({ sha256, size: 3000, skipped: false });
    expect(progress.at(-1)).toBe(3000);
    expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    expect(await findBlob('hall-a', sha256)(hub.db)).toMatchObject({ sha256, size: 3000, hallId: 'hall-a', terminalId: a.terminalId });
    const byDigest = await fetch(`${hub.url}/v1/blobs/by-digest/${sha256}`, { method: 'HEAD', headers: { authorization: `Bearer ${a.token}` } });
    expect(byDigest.status).toBe(200);
    // Bytes left the incoming area; only the small upload record remains for late questions.
    expect((await incomingFiles(hub.blobDir)).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('uploads a 20 MB scan in 1 MiB chunks and stores exactly those bytes', async () => {
    const bytes = randomBytes(20 * 1000 * 1000);
    const sha256 = await sha256Hex(bytes);
    const proxy = await startCuttingProxy(hub.url);
    try {
      const started = performance.now();
      const result = await uploadBlob({ connection: conn(a, proxy.url), bytes, sha256 });
      const seconds = (performance.now() - started) / 1000;
      console.log(`[blobs/${kind}] 20 MB through the proxy on loopback: ${seconds.toFixed(2)} s, ${(20 / seconds).toFixed(1)} MB/s`);
      expect(result.skipped).toBe(false);
      const patches = proxy.patches();
      expect(patches).toHaveLength(Math.ceil(bytes.length / MiB));
      expect(patches.every((p) => p.bodyBytes <= MiB)).toBe(true);
      expect(proxy.uploadBytes).toBe(bytes.length);
      expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    } finally {
      await proxy.close();
    }
  });

  it('measures a direct 20 MB upload (figure printed, not asserted)', async () => {
    const bytes = randomBytes(20 * 1000 * 1000);
    const sha256 = await sha256Hex(bytes);
    const started = performance.now();
    await uploadBlob({ connection: conn(a), bytes, sha256 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[blobs/${kind}] 20 MB direct on loopback: ${seconds.toFixed(2)} s, ${(20 / seconds).toFixed(1)} MB/s`);
    expect(await storedDigest(hub.store, sha256)).toBe(sha256);
  });

  it('refuses bytes that do not match the claimed digest, stores nothing and forgets the upload', async () => {
    const bytes = randomBytes(2 * MiB + 17);
    const claimed = await sha256Hex(randomBytes(64));
    const actual = await sha256Hex(bytes);
    const urlStorage = new MemoryUploadUrlStorage();
    const error = await uploadBlob({ connection: conn(a), bytes, sha256: claimed, urlStorage }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubCallError);
    expect((error as HubCallError).status).toBe(422);
    expect((error as HubCallError).problem?.code).toBe('BLOB_DIGEST_MISMATCH');
    expect((error as HubCallError).permanent).toBe(true);
    expect(await hub.store.has(claimed)).toBe(false);
    expect(await hub.store.has(actual)).toBe(false);
    expect(await findBlob('hall-a', claimed)(hub.db)).toBeUndefined();
    expect(await incomingFiles(hub.blobDir)).not.toContainEqual(expect.stringMatching(/^[0-9a-f]{32}$/));
    expect(await urlStorage.findAllUploads()).toEqual([]);
  });

  it('skips a blob the hall already holds, without sending a byte', async () => {
    const bytes = randomBytes(1500 * 1024);
    const sha256 = await sha256Hex(bytes);
    await uploadBlob({ connection: conn(a), bytes, sha256 });
    const proxy = await startCuttingProxy(hub.url);
    try {
      // Another counter of the same hall scans the same page.
      const again = await uploadBlob({ connection: conn(a2, proxy.url), bytes, sha256 });
      expect(again.skipped).toBe(true);
      expect(proxy.log.map((e) => e.method)).toEqual(['GET']);
      expect(proxy.uploadBytes).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('hides a blob from other halls; their own upload of the same bytes is recorded for them, stored once', async () => {
    const bytes = randomBytes(700 * 1024);
    const sha256 = await sha256Hex(bytes);
    await uploadBlob({ connection: conn(a), bytes, sha256 });
    expect(await hubHasBlob(conn(b), sha256)).toBe(false);
    const byDigest = await fetch(`${hub.url}/v1/blobs/by-digest/${sha256}`, { headers: { authorization: `Bearer ${b.token}` } });
    expect(byDigest.status).toBe(404);
    expect(await byDigest.json()).toMatchObject({ code: 'BLOB_NOT_FOUND' });

    const forB = await uploadBlob({ connection: conn(b), bytes, sha256 });
    expect(forB.skipped).toBe(false);
    expect(await findBlob('hall-b', sha256)(hub.db)).toMatchObject({ terminalId: b.terminalId });
    expect(await findBlob('hall-a', sha256)(hub.db)).toMatchObject({ terminalId: a.terminalId });
    expect(await storedDigest(hub.store, sha256)).toBe(sha256);
  });

  it('lets only the terminal that created an upload HEAD or PATCH it', async () => {
    const bytes = randomBytes(4096);
    const sha256 = await sha256Hex(bytes);
    const created = await create(a, { sha256, size: '4096' }, 4096);
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get('location') ?? '', hub.url).toString();

    for (const other of [b, a2]) {
      const head = await tusHead(other, url);
      expect(head.status).toBe(404);
      expect(head.headers.get('upload-offset')).toBeNull();
      const patch = await tusPatch(other, url, 0, bytes);
      expect(patch.status).toBe(404);
      expect(await patch.json()).toMatchObject({ code: 'BLOB_NOT_FOUND' });
      const del = await fetch(url, { method: 'DELETE', headers: { 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${other.token}` } });
      expect(del.status).toBe(404);
    }
    const own = await tusHead(a, url);
    expect(own.status).toBe(200);
    expect(own.headers.get('upload-offset')).toBe('0'); // nothing the others sent was written

    const finished = await tusPatch(a, url, 0, bytes);
    expect(finished.status).toBe(204);
    expect(finished.headers.get('upload-offset')).toBe('4096');
    expect(await storedDigest(hub.store, sha256)).toBe(sha256);
    // Asked again after the fact (the answer was lost): complete, from the hub's record.
    const after = await tusHead(a, url);
    expect([after.status, after.headers.get('upload-offset'), after.headers.get('upload-length')]).toEqual([200, '4096', '4096']);
    expect((await tusHead(b, url)).status).toBe(404);
  });

  it('verifies on the next question when the hub stopped between receiving the last byte and verifying', async () => {
    // All bytes on disk, never verified (as if the process died before onUploadFinish ran).
    const good = randomBytes(5000);
    const goodSha = await sha256Hex(good);
    const bad = randomBytes(5000);
    const uploads: string[] = [];
    for (const sha256 of [goodSha, await sha256Hex(randomBytes(5))]) {
      const created = await create(a, { sha256, size: '5000' }, 5000);
      uploads.push(new URL(created.headers.get('location') ?? '', hub.url).toString());
    }
    const [goodUrl, badUrl] = uploads as [string, string];
    await writeFile(path.join(hub.blobDir, 'incoming', goodUrl.split('/').at(-1) ?? ''), good);
    await writeFile(path.join(hub.blobDir, 'incoming', badUrl.split('/').at(-1) ?? ''), bad);
    expect(await findBlob('hall-a', goodSha)(hub.db)).toBeUndefined();

    const head = await tusHead(a, goodUrl);
    expect([head.status, head.headers.get('upload-offset')]).toEqual([200, '5000']);
    expect(await storedDigest(hub.store, goodSha)).toBe(goodSha);
    expect(await findBlob('hall-a', goodSha)(hub.db)).toBeDefined();

    const refused = await tusHead(a, badUrl);
    expect(refused.status).toBe(422);
    expect(await incomingFiles(hub.blobDir)).not.toContain(badUrl.split('/').at(-1));
  });

  it('writes the missing row when the hub stopped between storing the bytes and recording them', async () => {
    const bytes = randomBytes(3000);
    const sha256 = await sha256Hex(bytes);
    const created = await create(a, { sha256, size: '3000' }, 3000);
    const url = new URL(created.headers.get('location') ?? '', hub.url).toString();
    expect((await tusPatch(a, url, 0, bytes)).status).toBe(204);
    await hub.db.query('delete from blobs where hall_id = $1 and sha256 = $2', ['hall-a', sha256]);
    expect(await hubHasBlob(conn(a), sha256)).toBe(false);
    const head = await tusHead(a, url);
    expect([head.status, head.headers.get('upload-offset')]).toEqual([200, '3000']);
    expect(await hubHasBlob(conn(a), sha256)).toBe(true);
  });

  it('sweeps unfinished uploads past their retention; they can no longer be resumed', async () => {
    const bytes = randomBytes(2048);
    const sha256 = await sha256Hex(bytes);
    const created = await create(a, { sha256, size: '2048' }, 2048);
    const url = new URL(created.headers.get('location') ?? '', hub.url).toString();
    expect((await tusPatch(a, url, 0, bytes.slice(0, 1000))).headers.get('upload-offset')).toBe('1000');
    const id = url.split('/').at(-1) ?? '';
    expect(await hub.store.sweep(3600_000)).toBe(0); // young: kept
    expect(await incomingFiles(hub.blobDir)).toEqual(expect.arrayContaining([id, `${id}.json`]));
    expect(await hub.store.sweep(3600_000, Date.now() + 2 * 3600_000)).toBeGreaterThanOrEqual(1);
    expect(await incomingFiles(hub.blobDir)).not.toContain(id);
    expect((await tusHead(a, url)).status).toBe(404);
  });

  it('refuses requests without a valid terminal token', async () => {
    const sha256 = await sha256Hex(randomBytes(10));
    const anonymous = await create(undefined, { sha256, size: '10' }, 10);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await fetch(`${hub.url}/v1/blobs/by-digest/${sha256}`, { headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
    expect(forged.status).toBe(401);
    const error = await uploadBlob({ connection: { hubUrl: hub.url, token: 'y'.repeat(43) }, bytes: randomBytes(10), sha256 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubCallError);
    expect((error as HubCallError).problem?.code).toBe('UNAUTHENTICATED');
    expect((error as HubCallError).permanent).toBe(true);
    expect(await hub.store.has(sha256)).toBe(false);
  });

  it('refuses a blob over the size limit before any byte is sent', async () => {
    const before = await incomingFiles(hub.blobDir);
    const sha256 = await sha256Hex(randomBytes(16));
    const raw = await create(a, { sha256, size: String(MAX + 1) }, MAX + 1);
    expect(raw.status).toBe(413);
    expect(await raw.json()).toMatchObject({ code: 'BLOB_TOO_LARGE' });

    const bytes = randomBytes(MAX + 1);
    const big = await sha256Hex(bytes);
    const proxy = await startCuttingProxy(hub.url);
    try {
      const error = await uploadBlob({ connection: conn(a, proxy.url), bytes, sha256: big }).catch((e: unknown) => e);
      expect((error as HubCallError).status).toBe(413);
      expect((error as HubCallError).problem?.code).toBe('BLOB_TOO_LARGE');
      expect(proxy.uploadBytes).toBe(0);
    } finally {
      await proxy.close();
    }
    expect(await incomingFiles(hub.blobDir)).toEqual(before);
  });

  it('refuses malformed claims: digest not hex, size not the upload length, length deferred', async () => {
    const sha256 = await sha256Hex(randomBytes(16));
    const notHex = await create(a, { sha256: 'Z'.repeat(64), size: '16' }, 16);
    expect(notHex.status).toBe(422);
    expect(await notHex.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const wrongSize = await create(a, { sha256, size: '15' }, 16);
    expect(wrongSize.status).toBe(422);
    const deferred = await fetch(`${hub.url}/v1/blobs`, {
      method: 'POST',
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Defer-Length': '1', 'Upload-Metadata': tusMetadata({ sha256 }), Authorization: `Bearer ${a.token}` },
    });
    expect(deferred.status).toBe(400);
    const badDigestPath = await fetch(`${hub.url}/v1/blobs/by-digest/abc`, { headers: { authorization: `Bearer ${a.token}` } });
    expect(badDigestPath.status).toBe(400);
  });

  it('uploads an empty file too (a digest is still a digest)', async () => {
    const bytes = new Uint8Array(0);
    const sha256 = await sha256Hex(bytes);
    expect(sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect((await uploadBlob({ connection: conn(b), bytes, sha256 })).skipped).toBe(false);
    expect(await storedDigest(hub.store, sha256)).toBe(sha256);
  });

  it('answers which of an application’s digests the hall holds', async () => {
    const bytes = randomBytes(1234);
    const held = await sha256Hex(bytes);
    await uploadBlob({ connection: conn(a), bytes, sha256: held });
    const missing = await sha256Hex(randomBytes(8));
    expect([...(await isBlobComplete(hub.db, 'hall-a', [held, missing, held]))]).toEqual([held]);
    expect(await isBlobComplete(hub.db, 'hall-b', [held])).toEqual(new Set());
    expect(await isBlobComplete(hub.db, 'hall-a', [])).toEqual(new Set());
  });

  it('lets a browser at an allowed origin use the tus headers (CORS)', async () => {
    const preflight = await fetch(`${hub.url}/v1/blobs/0123456789abcdef0123456789abcdef`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,tus-resumable,upload-offset,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('upload-offset');

    const sha256 = await sha256Hex(randomBytes(16));
    const created = await fetch(`${hub.url}/v1/blobs`, {
      method: 'POST',
      headers: {
        Origin: 'http://localhost:5173',
        'Tus-Resumable': '1.0.0',
        'Upload-Length': '16',
        'Upload-Metadata': tusMetadata({ sha256, size: '16' }),
        Authorization: `Bearer ${a.token}`,
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(created.headers.get('access-control-expose-headers')).toContain('Location');
    const foreign = await fetch(`${hub.url}/v1/blobs`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Tus-Resumable': '1.0.0', 'Upload-Length': '16', 'Upload-Metadata': tusMetadata({ sha256, size: '16' }), Authorization: `Bearer ${a.token}` },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
