import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { TerminalConfig } from '../../shared/ipc';
import { startTerminalSync, type TerminalSync } from '../../sync/client/terminal-sync';
import { startBlobQueue, type BlobQueue } from '../../sync/client/blob-queue';
import { openCounterDatabase, type CounterDatabase } from '../db/database';
import type { Platform } from '../platform';

export interface Workstation {
  platform: Platform;
  db: CounterDatabase;
  terminal: TerminalConfig;
  sync: TerminalSync;
  blobs: BlobQueue;
}

/** Opens the local database with the platform's key and starts replication. Never waits for the hub. */
export async function bootWorkstation(platform: Platform): Promise<Workstation | { notEnrolled: true }> {
  const terminal = await platform.call('terminal.getConfig', {});
  if (!terminal) return { notEnrolled: true };
  const { key } = await platform.call('terminal.getDatabaseKey', {});
  const db = await openCounterDatabase({ storage: getRxStorageDexie(), encryptionKey: key, name: `counter-${terminal.terminalId.toLowerCase()}` });
  const sync = startTerminalSync({
    collections: {
      applications: db.applications,
      case_events: db.case_events,
      materials: db.materials,
      audit: db.audit,
      users: db.users,
      catalog: db.catalog,
      calendar: db.calendar,
    },
    connection: { hubUrl: terminal.hubUrl, token: terminal.token },
    receipts: db.sync_receipts,
    // Ownership rules make conflicts a bug: say so (ids only, never content).
    onConflict: (collection, ids) => console.warn('sync conflict', collection, ids.length, 'documents'),
  });
  const blobs = startBlobQueue({ materials: db.materials, receipts: db.sync_receipts, connection: { hubUrl: terminal.hubUrl, token: terminal.token } });
  return { platform, db, terminal, sync, blobs };
}
