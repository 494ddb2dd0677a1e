import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HubApp } from '../../../sync/hub/app';
import { DiskBlobStore } from '../../../sync/hub/blobs';
import type { Database } from '../../../sync/hub/db/database';
import { startHub, type RunningHub } from '../../../sync/hub/server';
import { createEnrolmentCode, enrolTerminal, ensureHall } from '../../../sync/hub/repositories/terminals';
import type { DatabaseKind, TestTerminal } from '../../support/hub';
import { createScratchDatabase, postgresAdminUrl } from '../../support/postgres';

/**
 * A hub (startHub, blob routes included) whose database and blob folder outlive
 * restart(), as a real hub's data directory would.
 */
export interface BlobTestHub {
  url: string;
  db: Database;
  app: HubApp;
  blobDir: string;
  store: DiskBlobStore;
  enrol(hallId: string, name?: string): Promise<TestTerminal>;
  /** Stops the hub process (HTTP and database) and starts a new one on the same data. */
  restart(): Promise<void>;
  /** Stops without restarting (restart() brings it back). */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startBlobHub(kind: DatabaseKind, options: { maxBlobBytes?: number } = {}): Promise<BlobTestHub> {
  const root = await mkdtemp(path.join(tmpdir(), 'counter-blobs-'));
  const blobDir = path.join(root, 'blobs');
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (kind === 'postgres') {
    const admin = await postgresAdminUrl();
    if (!admin) throw new Error('PostgreSQL is not available');
    const scratch = await createScratchDatabase(admin);
    databaseUrl = scratch.url;
    drop = scratch.drop;
  }
  const pgliteDir = path.join(root, 'pglite');

  let port = 0;
  let running: RunningHub | undefined;
  const hub: BlobTestHub = {
    url: '',
    db: undefined as unknown as Database,
    app: undefined as unknown as HubApp,
    blobDir,
    store: await DiskBlobStore.open(blobDir),
    async start() {
      const started = await startHub({
        databaseUrl,
        dataDir: databaseUrl ? undefined : pgliteDir,
        blobDir,
        logger: false,
        // The same port after a restart, as a real hub's address stays the same.
        port,
        ...(options.maxBlobBytes ? { maxBlobBytes: options.maxBlobBytes } : {}),
      });
      port = Number(new URL(started.url).port);
      running = started;
      hub.url = started.url;
      hub.db = started.db;
      hub.app = started.app;
    },
    async stop() {
      if (!running) return;
      const r = running;
      running = undefined;
      await r.close();
    },
    async restart() {
      await hub.stop();
      await hub.start();
    },
    async enrol(hallId, name = 'test terminal') {
      await ensureHall(hallId, `大厅 ${hallId}`)(hub.db);
      const code = await createEnrolmentCode(hallId)(hub.db);
      const t = await enrolTerminal(code, name)(hub.db);
      if (!t) throw new Error('enrolment failed');
      return t;
    },
    async close() {
      await hub.stop();
      await drop?.();
      await rm(root, { recursive: true, force: true });
    },
  };
  await hub.start();
  return hub;
}

/** SHA-256 of what the hub stored under a digest (undefined when it holds nothing). */
export async function storedDigest(store: DiskBlobStore, sha256: string): Promise<string | undefined> {
  const stream = await store.open(sha256);
  if (!stream) return undefined;
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Files in the incoming (in-progress) area. */
export async function incomingFiles(blobDir: string): Promise<string[]> {
  return readdir(path.join(blobDir, 'incoming'));
}

/** Bytes nobody could guess, so a digest proves what arrived. */
export function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(out.subarray(i, Math.min(size, i + 65_536)));
  return out;
}

/** tus Upload-Metadata header value. */
export const tusMetadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');
