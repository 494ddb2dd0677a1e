import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import type { Application } from '../../shared/application/application';
import { syncReceiptRxSchema, type ReceiptCollection } from '../../sync/client/receipts';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import type { CaseEvent } from '../../shared/case/case-event';
import type { MaterialRecord } from '../../shared/materials/material-record';
import type { CalendarDoc, CatalogEntry } from '../../shared/sync/reference-docs';
import type { User } from '../../shared/users/user';
import {
  applicationRxSchema,
  auditRxSchema,
  calendarRxSchema,
  caseEventRxSchema,
  catalogRxSchema,
  materialRxSchema,
  userRxSchema,
  draftRxSchema,
} from './schemas';
import type { IntakeDraft } from '../../shared/drafts/draft';

export type ApplicationCollection = RxCollection<Application>;
/**
 * The terminal's collections (budget: at most 12, pitfalls.md). The first seven are
 * replicated with the hub; the rest are local only.
 */
export interface CounterCollections {
  applications: ApplicationCollection;
  case_events: RxCollection<CaseEvent>;
  materials: RxCollection<MaterialRecord>;
  audit: RxCollection<AuditEntry>;
  users: RxCollection<User>;
  catalog: RxCollection<CatalogEntry>;
  calendar: RxCollection<CalendarDoc>;
  /** Local-only: which documents the hub has acknowledged. */
  sync_receipts: ReceiptCollection;
  /** Local-only: intakes in progress (autosaved, encrypted). */
  drafts: RxCollection<IntakeDraft>;
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
addRxPlugin(RxDBAttachmentsPlugin);

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
    case_events: { schema: caseEventRxSchema },
    materials: { schema: materialRxSchema },
    audit: { schema: auditRxSchema },
    users: { schema: userRxSchema },
    catalog: { schema: catalogRxSchema },
    calendar: { schema: calendarRxSchema },
    sync_receipts: { schema: syncReceiptRxSchema },
    drafts: { schema: draftRxSchema },
  });
  return db;
}
