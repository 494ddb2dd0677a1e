import type { RecordSyncState } from '../../../sync/client/collection-sync';

export type DisplayedSyncState =
  | { kind: 'local' }
  | { kind: 'sending' }
  | { kind: 'acknowledged' }
  | { kind: 'error'; reason: string };

/**
 * What the clerk sees for one record. A stored receipt is the durable truth
 * (the hub has it); otherwise the live state of this session; otherwise the record
 * is only on this terminal. An error never hides a receipt: "failed" means "unknown"
 * until the hub is asked (pitfalls.md).
 */
export function displayedSyncState(hasReceipt: boolean, live: RecordSyncState | undefined): DisplayedSyncState {
  if (hasReceipt || live?.state === 'acknowledged') return { kind: 'acknowledged' };
  if (live?.state === 'sending') return { kind: 'sending' };
  if (live?.state === 'error') return { kind: 'error', reason: live.reason };
  return { kind: 'local' };
}
