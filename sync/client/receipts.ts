import type { RxCollection, RxJsonSchema } from 'rxdb';

/**
 * Local-only record that the hub holds a document: written when a push is answered
 * without conflict (before RxDB moves on, so a crash can only cause a harmless
 * re-push) and refreshed with the hub's sequence when the document is pulled back.
 * Kept apart from the replicated document because RxDB does not write a pulled
 * state over a local change still waiting to be pushed — a receipt would be lost.
 */
// Field names must not shadow RxDocument members (collection, primary, …).
export interface SyncReceipt {
  /** `${collection}:${docId}` */
  key: string;
  collectionName: string;
  docId: string;
  /** Terminal clock when the hub's answer arrived. */
  acknowledgedAt: string;
  /** The hub's sequence number, once known from a pull. */
  hubSeq?: number;
}

export const syncReceiptRxSchema: RxJsonSchema<SyncReceipt> = {
  title: 'sync_receipts',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: {
    key: { type: 'string', maxLength: 140 },
    collectionName: { type: 'string', maxLength: 40 },
    docId: { type: 'string', maxLength: 100 },
    acknowledgedAt: { type: 'string', maxLength: 40 },
    hubSeq: { type: 'number' },
  },
  required: ['key', 'collectionName', 'docId', 'acknowledgedAt'],
  indexes: ['collectionName'],
};

export type ReceiptCollection = RxCollection<SyncReceipt>;

export const receiptKey = (collection: string, docId: string) => `${collection}:${docId}`;
