import type { Queryable } from '../db/database';

/**
 * One row per (hall, blob) the hub has verified. The bytes are stored once per
 * digest (content-addressed), but whether a blob "has arrived" is answered per hall:
 * a terminal must not learn that another hall holds a document with a given digest,
 * and a second hall sending the same bytes must still see its own upload complete.
 * Hence the key (hall_id, sha256) rather than sha256 alone.
 */
export const blobsMigrationSql = `
  create table blobs (
    hall_id text not null references halls(id),
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size bigint not null check (size >= 0),
    terminal_id text references terminals(id),
    received_at timestamptz not null default now(),
    primary key (hall_id, sha256)
  );
  -- Finding every hall that references a digest (storage clean-up, audits).
  create index blobs_sha256 on blobs (sha256);
`;

export interface BlobRecord {
  sha256: string;
  size: number;
  hallId: string;
  terminalId: string | null;
  receivedAt: string;
}

/** Records a verified blob for a hall; recording it again changes nothing. */
export const recordBlob =
  (blob: { sha256: string; size: number; hallId: string; terminalId: string }) =>
  async (db: Queryable): Promise<void> => {
    await db.query(
      `insert into blobs (hall_id, sha256, size, terminal_id) values ($1, $2, $3, $4)
       on conflict (hall_id, sha256) do nothing`,
      [blob.hallId, blob.sha256, blob.size, blob.terminalId],
    );
  };

export const findBlob =
  (hallId: string, sha256: string) =>
  async (db: Queryable): Promise<BlobRecord | undefined> => {
    const rows = await db.query<{ sha256: string; size: number; hall_id: string; terminal_id: string | null; received_at: string }>(
      `select sha256, size::float8 as size, hall_id, terminal_id, to_json(received_at)#>>'{}' as received_at
         from blobs where hall_id = $1 and sha256 = $2`,
      [hallId, sha256],
    );
    const r = rows[0];
    return r ? { sha256: r.sha256, size: Number(r.size), hallId: r.hall_id, terminalId: r.terminal_id, receivedAt: r.received_at } : undefined;
  };

/**
 * Which of the given digests the hub holds for this hall. An application is
 * "complete at hub" when every digest its materials reference is in the answer.
 */
export async function isBlobComplete(db: Queryable, hallId: string, sha256: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(sha256)];
  if (wanted.length === 0) return new Set();
  const rows = await db.query<{ sha256: string }>('select sha256 from blobs where hall_id = $1 and sha256 = any($2::text[])', [hallId, wanted]);
  return new Set(rows.map((r) => r.sha256));
}

/** True when the hall holds every one of the digests (vacuously for none). */
export async function allBlobsComplete(db: Queryable, hallId: string, sha256: readonly string[]): Promise<boolean> {
  const held = await isBlobComplete(db, hallId, sha256);
  return sha256.every((d) => held.has(d));
}
