import { createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import type { Application } from '../../shared/application/application';
import { syncReceiptRxSchema, type ReceiptCollection } from '../../sync/client/receipts';
import { applicationRxSchema } from './schemas';

export type ApplicationCollection = RxCollection<Application>;
export interface CounterCollections {
  applications: ApplicationCollection;
  /** Local-only: which documents the hub has acknowledged. */
  sync_receipts: ReceiptCollection;
}
export type CounterDatabase = RxDatabase<CounterCollections>;

export interface OpenDatabaseOptions {
  /** Dexie (IndexedDB) in the workstation; an in-memory storage in Node tests. */
  storage: RxStorage<unknown, unknown>;
  /** Random 256-bit key from the platform (main process / device host), hex. Never a human password. */
  encryptionKey: string;
  name?: string;
}

/**
 * The terminal's database: the renderer owns business data (ARCHITECTURE.md §1).
 * Personal fields are encrypted at rest with the platform's key.
 */
export async function openCounterDatabase(options: OpenDatabaseOptions): Promise<CounterDatabase> {
  const db = await createRxDatabase<CounterCollections>({
    name: options.name ?? 'counter',
    storage: wrappedKeyEncryptionCryptoJsStorage({ storage: options.storage }),
    password: options.encryptionKey,
    // Several tabs of the browser build share one database; each runs its own replication.
    multiInstance: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections({
    applications: { schema: applicationRxSchema },
    sync_receipts: { schema: syncReceiptRxSchema },
  });
  return db;
}
