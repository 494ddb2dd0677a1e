import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { TerminalConfig } from '../../shared/ipc';
import { applicationSchema } from '../../shared/application/application';
import { startCollectionSync, type CollectionSync } from '../../sync/client/collection-sync';
import { openCounterDatabase, type CounterDatabase } from '../db/database';
import type { Platform } from '../platform';

export interface Workstation {
  platform: Platform;
  db: CounterDatabase;
  terminal: TerminalConfig;
  sync: CollectionSync;
}

/** Opens the local database with the platform's key and starts replication. Never waits for the hub. */
export async function bootWorkstation(platform: Platform): Promise<Workstation | { notEnrolled: true }> {
  const terminal = await platform.call('terminal.getConfig', {});
  if (!terminal) return { notEnrolled: true };
  const { key } = await platform.call('terminal.getDatabaseKey', {});
  const db = await openCounterDatabase({ storage: getRxStorageDexie(), encryptionKey: key, name: `counter-${terminal.terminalId.toLowerCase()}` });
  const sync = startCollectionSync({
    collection: db.applications,
    name: 'applications',
    schema: applicationSchema,
    connection: { hubUrl: terminal.hubUrl, token: terminal.token },
    receipts: db.sync_receipts,
    onConflict: (ids) => console.warn('sync conflict on applications', ids.length, 'documents'),
  });
  return { platform, db, terminal, sync };
}
