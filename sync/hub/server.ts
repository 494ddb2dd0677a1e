import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, defaultLogger, type HubApp, type HubOptions } from './app';
import type { Database } from './db/database';
import { migrate } from './db/migrations';
import { openDatabase } from './db/open';

export interface StartHubOptions {
  databaseUrl?: string | undefined;
  /** PGlite folder; ignored with databaseUrl. Undefined = in memory. */
  dataDir?: string | undefined;
  port?: number;
  host?: string;
  /** Scanned files; default beside the PGlite folder (`<dataDir>/../hub-blobs`), or a temporary folder. */
  blobDir?: string | undefined;
  maxBlobBytes?: number;
  logger?: HubOptions['logger'];
}

export interface RunningHub {
  app: HubApp;
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, applies migrations and listens. */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  if (!options.databaseUrl && options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  await migrate(db);
  // Kept out of the PGlite folder: the database and the files are backed up differently.
  const blobDir =
    options.blobDir ?? (options.dataDir ? path.join(options.dataDir, '..', 'hub-blobs') : await mkdtemp(path.join(os.tmpdir(), 'hub-blobs-')));
  const app = await buildHub({ db, logger: options.logger ?? defaultLogger, blobDir, ...(options.maxBlobBytes ? { maxBlobBytes: options.maxBlobBytes } : {}) });
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  app.log.info({ database: db.kind, address }, 'hub listening');
  return {
    app,
    db,
    url: address.replace('[::1]', '127.0.0.1'),
    async close() {
      await app.close();
      await db.close();
    },
  };
}
