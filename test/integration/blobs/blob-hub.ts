import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildHub, type HubApp } from '../../../sync/hub/app';
import { blobsMigrationSql, DiskBlobStore, registerBlobRoutes } from '../../../sync/hub/blobs';
import type { Database } from '../../../sync/hub/db/database';
import { migrate } from '../../../sync/hub/db/migrations';
import { openDatabase } from '../../../sync/hub/db/open';
import { createEnrolmentCode, enrolTerminal, ensureHall } from '../../../sync/hub/repositories/terminals';
import type { DatabaseKind, TestTerminal } from '../../support/hub';
import { createScratchDatabase, postgresAdminUrl } from '../../support/postgres';

/**
 * A hub with the blob routes, built the way the lead will wire them (startHub does
 * not know them yet): database, migrations plus the blobs migration, buildHub,
 * registerBlobRoutes, listen. Database and blob folder outlive restart(), as a
 * real hub's data directory would.
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

async function applyBlobsMigration(db: Database): Promise<void> {
  const [row] = await db.query<{ present: boolean }>(`select to_regclass('public.blobs') is not null as present`);
  if (row?.present) return; // already applied (by an earlier start, or by the hub's own migrations once wired)
  await db.transaction(async (tx) => {
    for (const statement of blobsMigrationSql.split(';').map((s) => s.replace(/--[^\n]*\n/g, '\n').trim()).filter(Boolean))
      await tx.query(statement);
  });
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
  let running: { app: HubApp; db: Database } | undefined;
  const hub: BlobTestHub = {
    url: '',
    db: undefined as unknown as Database,
    app: undefined as unknown as HubApp,
    blobDir,
    store: await DiskBlobStore.open(blobDir),
    async start() {
      const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: pgliteDir });
      await migrate(db);
      await applyBlobsMigration(db);
      const app = await buildHub({ db, logger: false });
      if (app.hasRoute({ method: 'POST', url: '/v1/blobs' }))
        throw new Error('buildHub now registers the blob routes itself: switch this helper to startHub with its blob folder option');
      await registerBlobRoutes(app, { db, dataDir: blobDir, ...(options.maxBlobBytes ? { maxBlobBytes: options.maxBlobBytes } : {}) });
      // The same port after a restart, as a real hub's address stays the same.
      const address = await app.listen({ port, host: '127.0.0.1' });
      port = Number(new URL(address).port);
      running = { app, db };
      hub.url = address;
      hub.db = db;
      hub.app = app;
    },
    async stop() {
      if (!running) return;
      const { app, db } = running;
      running = undefined;
      await app.close();
      await db.close();
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
