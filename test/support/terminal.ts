import { firstValueFrom, filter } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openCounterDatabase, type CounterDatabase } from '../../renderer/db/database';
import { startTerminalSync, type TerminalSync } from '../../sync/client/terminal-sync';
import type { HubConnection } from '../../sync/client/hub-api';
import type { TestTerminal } from './hub';

export const fastBackoff = { baseMs: 50, capMs: 300, minMs: 20 };

/** A terminal's database (RxDB, in memory) and its sync, as the renderer wires them. */
export async function startTestTerminal(hubUrl: string, terminal: TestTerminal, extra: Partial<HubConnection> = {}) {
  const db: CounterDatabase = await openCounterDatabase({
    storage: getRxStorageMemory(),
    encryptionKey: 'b'.repeat(64),
    name: `t${Math.random().toString(36).slice(2)}`,
  });
  let sync: TerminalSync | undefined;
  const api = {
    db,
    get sync() {
      if (!sync) throw new Error('not syncing');
      return sync;
    },
    start(url = hubUrl) {
      sync = startTerminalSync({
        collections: { applications: db.applications, case_events: db.case_events, materials: db.materials },
        receipts: db.sync_receipts,
        connection: { hubUrl: url, token: terminal.token, ...extra },
        backoff: fastBackoff,
        pullIntervalMs: 500,
      });
      return sync;
    },
    async stopSync() {
      await sync?.stop();
      sync = undefined;
    },
    /** Resolves when the hub has acknowledged `n` applications of this terminal. */
    async acknowledged(n: number, collection = 'applications') {
      await firstValueFrom(db.sync_receipts.count({ selector: { collectionName: collection } }).$.pipe(filter((c) => c >= n)));
    },
    async close() {
      await sync?.stop();
      await db.close();
    },
  };
  return api;
}
