import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';

/** Who is calling: an enrolled terminal (scoped to its hall) or a service account. */
export type Principal =
  | { kind: 'terminal'; terminalId: string; hallId: string }
  | { kind: 'service'; accountId: string; role: ServiceRole };

export type ServiceRole = 'admin' | 'backoffice' | 'metrics';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type TokenLookup =
  | { kind: 'terminal'; terminalId: string; hallId: string; revoked: boolean; expired: boolean }
  | { kind: 'service'; accountId: string; role: ServiceRole; revoked: boolean; expired: false };

export const findPrincipalByToken = (token: string) => async (db: Queryable): Promise<TokenLookup | undefined> => {
  const hash = sha256(token);
  const terminals = await db.query<{ id: string; hall_id: string; revoked_at: unknown; expired: boolean }>(
    'select id, hall_id, revoked_at, token_expires_at <= now() as expired from terminals where token_hash = $1',
    [hash],
  );
  const t = terminals[0];
  if (t) return { kind: 'terminal', terminalId: t.id, hallId: t.hall_id, revoked: t.revoked_at !== null, expired: t.expired };
  const services = await db.query<{ id: string; role: ServiceRole; revoked_at: unknown }>(
    'select id, role, revoked_at from service_accounts where token_hash = $1',
    [hash],
  );
  const s = services[0];
  return s ? { kind: 'service', accountId: s.id, role: s.role, revoked: s.revoked_at !== null, expired: false } : undefined;
};

/** Creates a service account and returns its token (shown once). */
export const createServiceAccount = (id: string, role: ServiceRole) => async (db: Queryable): Promise<string> => {
  const token = randomBytes(32).toString('base64url');
  await db.query('insert into service_accounts (id, role, token_hash) values ($1, $2, $3)', [id, role, sha256(token)]);
  return token;
};

/** Replaces a terminal's token (the old one stops working at once) and extends its life. */
export const renewTerminalToken = (terminalId: string) => async (db: Queryable): Promise<{ token: string; expiresAt: string }> => {
  const token = randomBytes(32).toString('base64url');
  const rows = await db.query<{ expires: string | Date }>(
    `update terminals set token_hash = $2, token_expires_at = now() + interval '400 days'
      where id = $1 and revoked_at is null returning token_expires_at as expires`,
    [terminalId, sha256(token)],
  );
  if (!rows[0]) throw new Error('terminal not found or revoked');
  return { token, expiresAt: new Date(rows[0].expires).toISOString() };
};
