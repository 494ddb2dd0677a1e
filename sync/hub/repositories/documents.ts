import { createHash } from 'node:crypto';
import type { Checkpoint } from '../../../shared/sync/checkpoint';
import { sameDocumentState } from '../../../shared/sync/canonical';
import { chinaDay, documentContent } from '../../../shared/sync/reconciliation';
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

export const GLOBAL_HALL = '*';
export const CHANGES_CHANNEL = 'hub_changes';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The master state as terminals see it: stored data plus the hub's receipt stamp. */
function toWire(row: StoredRow): WireDoc {
  const receivedAt = new Date(row.received_at).toISOString();
  return { ...row.data, id: row.id, hubReceipt: { seq: Number(row.seq), receivedAt }, _deleted: row.deleted };
}

const stripWireFields = (doc: WireDoc): Record<string, unknown> => {
  const { _deleted: _d, hubReceipt: _h, ...data } = doc;
  return data;
};

/** Columns derived at write time so reconciliation is a cheap indexed query. */
function derived(doc: WireDoc) {
  const data = stripWireFields(doc);
  const when = typeof data.createdAt === 'string' ? data.createdAt : typeof data.at === 'string' ? data.at : undefined;
  return {
    id: doc.id,
    data,
    deleted: doc._deleted,
    day: when && !Number.isNaN(Date.parse(when)) ? chinaDay(when) : null,
    content_hash: sha256(documentContent(data)),
  };
}

export class WrongHallError extends Error {
  constructor(readonly documentId: string) {
    super('document belongs to another hall');
  }
}

const SELECT = `select id, hall_id, data, deleted, seq::text as seq, tx::text as tx, received_at from documents`;

/**
 * Rows changed after `checkpoint`, in hub order, for one hall (plus the documents every
 * hall shares). Only rows written by transactions older than every transaction still
 * running (tx < snapshot xmin) are served: a later checkpoint can then never skip a row
 * whose transaction started earlier but committed later.
 */
export const pullDocuments =
  (collection: string, hallId: string, checkpoint: Checkpoint | undefined, limit: number, requestingTerminal?: string) =>
  async (db: Queryable): Promise<{ documents: WireDoc[]; checkpoint: Checkpoint | null }> => {
    // A terminal is not sent back what it wrote itself (its push was answered already);
    // it does get its hall's other terminals' documents (pickup at any window) and the hub's.
    const rows = await db.query<StoredRow>(
      `${SELECT}
        where collection = $1 and hall_id in ($2, '${GLOBAL_HALL}')
          and terminal_id is distinct from $6
          and (tx, seq) > ($3::xid8, $4::bigint)
          and tx < pg_snapshot_xmin(pg_current_snapshot())
        order by tx, seq
        limit $5`,
      [collection, hallId, checkpoint?.tx ?? '0', checkpoint?.seq ?? 0, limit, requestingTerminal ?? null],
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
 * Applies a push batch in one transaction (all or nothing), with a constant number of
 * statements per batch. Per row:
 * - same state as the hub's master → nothing written, no conflict (a re-sent push);
 * - new → inserted; a concurrent insert of the same id that wins the race is compared
 *   afterwards (same state → fine, else conflict);
 * - assumed state matches the master → updated (never for append-only collections);
 * - otherwise → the master is returned as a conflict, nothing written for it.
 */
export const pushDocuments =
  (collection: string, hallId: string, terminalId: string, rows: readonly PushRow[], options: { appendOnly?: boolean } = {}) =>
  async (db: Database): Promise<PushOutcome> =>
    db.transaction(async (tx) => {
      const ids = [...new Set(rows.map((r) => r.newDocumentState.id))];
      const current = new Map<string, WireDoc>();
      for (const row of await tx.query<StoredRow>(`${SELECT} where collection = $1 and id = any($2::text[]) for update`, [collection, ids])) {
        if (row.hall_id !== hallId) throw new WrongHallError(row.id);
        current.set(row.id, toWire(row));
      }
      const conflicts: WireDoc[] = [];
      const inserts = new Map<string, WireDoc>();
      const updates = new Map<string, WireDoc>();
      for (const row of rows) {
        const next = row.newDocumentState;
        const master = current.get(next.id);
        if (!master) {
          // Missing at the hub even if the terminal assumed otherwise (e.g. a hub restored
          // from backup): the terminal owns this record, so its state is taken, never lost.
          inserts.set(next.id, next);
          current.set(next.id, next);
          continue;
        }
        if (sameDocumentState(master, next)) continue;
        if (!options.appendOnly && row.assumedMasterState && sameDocumentState(master, row.assumedMasterState)) {
          (inserts.has(next.id) ? inserts : updates).set(next.id, next);
          current.set(next.id, next);
          continue;
        }
        conflicts.push(master);
      }

      let written = 0;
      if (inserts.size > 0) {
        const batch = [...inserts.values()].map(derived);
        const inserted = await tx.query<{ id: string }>(
          `insert into documents (collection, id, hall_id, terminal_id, data, deleted, day, content_hash)
           select $1, r.id, $2, $3, r.data, r.deleted, r.day, r.content_hash
             from jsonb_to_recordset($4::jsonb) as r(id text, data jsonb, deleted boolean, day text, content_hash text)
           on conflict (collection, id) do nothing
           returning id`,
          [collection, hallId, terminalId, JSON.stringify(batch)],
        );
        written += inserted.length;
        const lost = [...inserts.keys()].filter((id) => !inserted.some((r) => r.id === id));
        if (lost.length > 0) {
          // Another transaction inserted these ids first (racing retries): compare with what it wrote.
          for (const row of await tx.query<StoredRow>(`${SELECT} where collection = $1 and id = any($2::text[])`, [collection, lost])) {
            if (row.hall_id !== hallId) throw new WrongHallError(row.id);
            const winner = toWire(row);
            if (!sameDocumentState(winner, inserts.get(row.id))) conflicts.push(winner);
          }
        }
      }
      if (updates.size > 0) {
        const batch = [...updates.values()].map(derived);
        const updated = await tx.query<{ id: string }>(
          `update documents d
              set data = r.data, deleted = r.deleted, day = r.day, content_hash = r.content_hash, terminal_id = $2,
                  tx = pg_current_xact_id(), seq = nextval('change_seq'), updated_at = now()
             from jsonb_to_recordset($3::jsonb) as r(id text, data jsonb, deleted boolean, day text, content_hash text)
            where d.collection = $1 and d.id = r.id
           returning d.id`,
          [collection, terminalId, JSON.stringify(batch)],
        );
        written += updated.length;
      }
      if (written > 0) await tx.query(`select pg_notify('${CHANGES_CHANNEL}', $1)`, [JSON.stringify({ collection, hallId })]);
      return { conflicts, written };
    });

/**
 * Writes documents authored by the hub itself (back office, catalog, calendar, users).
 * `mode: 'insert'` keeps an existing document untouched (idempotent appends);
 * `mode: 'upsert'` replaces it with a new sequence so terminals pull the change.
 */
export const writeHubDocuments =
  (collection: string, hallId: string, docs: readonly Record<string, unknown>[], mode: 'insert' | 'upsert') =>
  async (tx: Queryable): Promise<number> => {
    if (docs.length === 0) return 0;
    const batch = docs.map((d) => derived({ ...d, id: String(d.id), _deleted: false }));
    const rows = await tx.query<{ id: string }>(
      `insert into documents (collection, id, hall_id, terminal_id, data, deleted, day, content_hash)
       select $1, r.id, $2, null, r.data, false, r.day, r.content_hash
         from jsonb_to_recordset($3::jsonb) as r(id text, data jsonb, day text, content_hash text)
       on conflict (collection, id) do ${
         mode === 'insert'
           ? 'nothing'
           : `update set data = excluded.data, day = excluded.day, content_hash = excluded.content_hash,
                tx = pg_current_xact_id(), seq = nextval('change_seq'), updated_at = now()
              where documents.content_hash is distinct from excluded.content_hash and documents.hall_id = excluded.hall_id`
       }
       returning id`,
      [collection, hallId, JSON.stringify(batch)],
    );
    if (rows.length > 0) await tx.query(`select pg_notify('${CHANGES_CHANNEL}', $1)`, [JSON.stringify({ collection, hallId })]);
    return rows.length;
  };

export const findDocument = (collection: string, id: string) => async (db: Queryable) => {
  const rows = await db.query<StoredRow>(`${SELECT} where collection = $1 and id = $2`, [collection, id]);
  return rows[0] ? { hallId: rows[0].hall_id, doc: toWire(rows[0]) } : undefined;
};

/** Count of documents in a collection by id (tests and reconciliation). */
export const countDocuments = (collection: string, id?: string) => async (db: Queryable) => {
  const rows = await db.query<{ n: string }>(
    `select count(*)::text as n from documents where collection = $1 and ($2::text is null or id = $2)`,
    [collection, id ?? null],
  );
  return Number(rows[0]?.n ?? 0);
};

/** What the hub holds for one terminal and day: count and digest (shared/sync/reconciliation.ts). */
export const reconcile = (collection: string, hallId: string, terminalId: string, day: string) => async (db: Queryable) => {
  const rows = await db.query<{ id: string; content_hash: string }>(
    `select id, content_hash from documents where collection = $1 and hall_id = $2 and terminal_id = $3 and day = $4 and not deleted`,
    [collection, hallId, terminalId, day],
  );
  const lines = rows.map((r) => `${r.id} ${r.content_hash}`).sort();
  return { count: rows.length, digest: sha256(lines.join('\n')) };
};
