import type { Checkpoint } from '../../../shared/sync/checkpoint';
import { sameDocumentState } from '../../../shared/sync/canonical';
import type { Database, Queryable } from '../db/database';

/** A replicated document as it travels: the collection's fields plus `_deleted`. */
export type WireDoc = Record<string, unknown> & { id: string; _deleted: boolean };

export interface PushRow {
  assumedMasterState?: WireDoc | null | undefined;
  newDocumentState: WireDoc;
}

interface StoredRow {
  id: string;
  hall_id: string;
  data: Record<string, unknown>;
  deleted: boolean;
  seq: string;
  tx: string;
  received_at: string | Date;
}

/** The master state as terminals see it: stored data plus the hub's receipt stamp. */
function toWire(row: StoredRow): WireDoc {
  const receivedAt = row.received_at instanceof Date ? row.received_at.toISOString() : new Date(row.received_at).toISOString();
  return {
    ...row.data,
    id: row.id,
    hubReceipt: { seq: Number(row.seq), receivedAt },
    _deleted: row.deleted,
  };
}

const stripWireFields = (doc: WireDoc): Record<string, unknown> => {
  const { _deleted: _d, hubReceipt: _h, ...data } = doc;
  return data;
};

export class WrongHallError extends Error {
  constructor(readonly documentId: string) {
    super('document belongs to another hall');
  }
}

/**
 * Rows changed after `checkpoint`, in hub order, for one hall.
 * Only rows written by transactions older than every transaction still running
 * (tx < snapshot xmin) are served: a later checkpoint can then never skip a row
 * whose transaction started earlier but committed later.
 */
export const pullDocuments =
  (collection: string, hallId: string, checkpoint: Checkpoint | undefined, limit: number) =>
  async (db: Queryable): Promise<{ documents: WireDoc[]; checkpoint: Checkpoint | null }> => {
    const rows = await db.query<StoredRow>(
      `select id, hall_id, data, deleted, seq::text as seq, tx::text as tx, received_at
         from documents
        where collection = $1 and hall_id = $2
          and (tx, seq) > ($3::xid8, $4::bigint)
          and tx < pg_snapshot_xmin(pg_current_snapshot())
        order by tx, seq
        limit $5`,
      [collection, hallId, checkpoint?.tx ?? '0', checkpoint?.seq ?? 0, limit],
    );
    const last = rows[rows.length - 1];
    return {
      documents: rows.map(toWire),
      checkpoint: last ? { tx: last.tx, seq: Number(last.seq) } : (checkpoint ?? null),
    };
  };

export interface PushOutcome {
  conflicts: WireDoc[];
  written: number;
}

/**
 * Applies a push batch in one transaction (all or nothing). Per row:
 * - same state as the hub's master → nothing written, no conflict (a re-sent push);
 * - assumed state matches the master (or both absent) → written with a new sequence;
 * - otherwise → the master is returned as a conflict and nothing is written for it.
 * Row locks (FOR UPDATE, or the primary key on insert) make racing retries safe.
 */
export const pushDocuments =
  (collection: string, hallId: string, terminalId: string, rows: readonly PushRow[]) =>
  async (db: Database): Promise<PushOutcome> =>
    db.transaction(async (tx) => {
      const conflicts: WireDoc[] = [];
      let written = 0;
      for (const row of rows) {
        const next = row.newDocumentState;
        const current = (
          await tx.query<StoredRow>(
            `select id, hall_id, data, deleted, seq::text as seq, tx::text as tx, received_at
               from documents where collection = $1 and id = $2 for update`,
            [collection, next.id],
          )
        )[0];
        if (current && current.hall_id !== hallId) throw new WrongHallError(next.id);
        if (!current) {
          // Missing at the hub even if the terminal assumed otherwise (e.g. a hub restored
          // from backup): the terminal owns this record, so its state is taken, never lost.
          const inserted = await tx.query(
            `insert into documents (collection, id, hall_id, terminal_id, data, deleted)
             values ($1, $2, $3, $4, $5, $6) on conflict (collection, id) do nothing returning id`,
            [collection, next.id, hallId, terminalId, JSON.stringify(stripWireFields(next)), next._deleted],
          );
          written += inserted.length;
          continue;
        }
        const master = toWire(current);
        if (sameDocumentState(master, next)) continue;
        if (row.assumedMasterState && sameDocumentState(master, row.assumedMasterState)) {
          await tx.query(
            `update documents set data = $3, deleted = $4, terminal_id = $5,
                    tx = pg_current_xact_id(), seq = nextval('change_seq'), updated_at = now()
              where collection = $1 and id = $2`,
            [collection, next.id, JSON.stringify(stripWireFields(next)), next._deleted, terminalId],
          );
          written++;
          continue;
        }
        conflicts.push(master);
      }
      if (written > 0) await tx.query(`select pg_notify('hub_changes', $1)`, [JSON.stringify({ collection, hallId })]);
      return { conflicts, written };
    });

/** Count of documents in a collection by id (tests and reconciliation). */
export const countDocuments = (collection: string, id?: string) => async (db: Queryable) => {
  const rows = await db.query<{ n: string }>(
    `select count(*)::text as n from documents where collection = $1 and ($2::text is null or id = $2)`,
    [collection, id ?? null],
  );
  return Number(rows[0]?.n ?? 0);
};
