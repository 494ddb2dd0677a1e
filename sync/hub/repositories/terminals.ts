import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database';

/**
 * Terminal identity: IT creates a one-time enrolment code for a hall; the terminal
 * trades it for a long random token. Only hashes of codes and tokens are stored.
 */
export interface TerminalIdentity {
  terminalId: string;
  hallId: string;
  revoked: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Codes are typed by IT staff: no look-alike characters. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const ensureHall = (id: string, name: string) => async (db: Queryable) => {
  await db.query('insert into halls (id, name) values ($1, $2) on conflict (id) do update set name = excluded.name', [id, name]);
};

export const createEnrolmentCode =
  (hallId: string, validHours = 72) =>
  async (db: Queryable): Promise<string> => {
    const bytes = randomBytes(12);
    const code = Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
    await db.query(
      `insert into enrolment_codes (code_hash, hall_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
      [sha256(normaliseCode(code)), hallId, validHours],
    );
    return code;
  };

const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** Trades a one-time code for a terminal token; undefined when the code is unknown, used or expired. */
export const enrolTerminal =
  (code: string, terminalName: string) =>
  async (db: Database): Promise<{ terminalId: string; hallId: string; token: string; tokenExpiresAt: string } | undefined> =>
    db.transaction(async (tx) => {
      const rows = await tx.query<{ hall_id: string }>(
        `update enrolment_codes set used_at = now()
          where code_hash = $1 and used_at is null and expires_at > now()
          returning hall_id`,
        [sha256(normaliseCode(code))],
      );
      const hallId = rows[0]?.hall_id;
      if (!hallId) return undefined;
      const terminalId = `T${randomBytes(6).toString('hex')}`;
      const token = randomBytes(32).toString('base64url');
      const rows2 = await tx.query<{ expires: string | Date }>(
        'insert into terminals (id, hall_id, name, token_hash) values ($1, $2, $3, $4) returning token_expires_at as expires',
        [terminalId, hallId, terminalName, sha256(token)],
      );
      return { terminalId, hallId, token, tokenExpiresAt: new Date(rows2[0]!.expires).toISOString() };
    });

export const findTerminalByToken = (token: string) => async (db: Queryable): Promise<TerminalIdentity | undefined> => {
  const rows = await db.query<{ id: string; hall_id: string; revoked_at: unknown }>(
    'select id, hall_id, revoked_at from terminals where token_hash = $1',
    [sha256(token)],
  );
  const row = rows[0];
  return row ? { terminalId: row.id, hallId: row.hall_id, revoked: row.revoked_at !== null } : undefined;
};

/** True when a live terminal was revoked. */
export const revokeTerminal = (terminalId: string) => async (db: Queryable): Promise<boolean> => {
  const rows = await db.query('update terminals set revoked_at = now() where id = $1 and revoked_at is null returning id', [terminalId]);
  return rows.length > 0;
};
