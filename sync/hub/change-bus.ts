import type { Database } from './db/database';
import { CHANGES_CHANNEL, GLOBAL_HALL } from './repositories/documents';

export interface ChangeNotice {
  collection: string;
  hallId: string;
}

/**
 * One LISTEN per hub process, fanned out to its stream subscribers. Writers NOTIFY inside
 * their transaction, so the notice goes out at commit, to every hub process on the same
 * database — which is how a terminal connected to hub B hears of a push to hub A.
 */
export class ChangeBus {
  private subscribers = new Set<(n: ChangeNotice) => void>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGES_CHANNEL, (payload) => {
      let notice: ChangeNotice;
      try {
        notice = JSON.parse(payload) as ChangeNotice;
      } catch {
        return;
      }
      for (const s of this.subscribers) s(notice);
    });
  }

  /** Notices for one hall (and for documents every hall shares). */
  subscribe(hallId: string, listener: (n: ChangeNotice) => void): () => void {
    const filtered = (n: ChangeNotice) => {
      if (n.hallId === hallId || n.hallId === GLOBAL_HALL) listener(n);
    };
    this.subscribers.add(filtered);
    return () => this.subscribers.delete(filtered);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.subscribers.clear();
    await this.unlisten?.();
  }
}
