import { blobsMigrationSql } from '../blobs/repository';
import type { Database } from './database';

/**
 * Schema migrations, applied in order, each exactly once, in one transaction each.
 * Kept as SQL in code (not a migration tool) because they must run unchanged on
 * PGlite and on a server through our narrow Database interface. Never edit a
 * migration that has shipped: add a new one.
 */
export const migrations: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'terminals and replicated documents',
    sql: `
      create table halls (
        id text primary key,
        name text not null,
        created_at timestamptz not null default now()
      );
      create table terminals (
        id text primary key,
        hall_id text not null references halls(id),
        name text not null,
        token_hash text not null unique,
        enrolled_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create table enrolment_codes (
        code_hash text primary key,
        hall_id text not null references halls(id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      );
      create sequence change_seq;
      -- One row per replicated document. (tx, seq) is the pull order: tx is the
      -- writing transaction, so rows of a transaction that commits late are still
      -- served after everything older (see pull in repositories/documents.ts).
      create table documents (
        collection text not null,
        id text not null,
        hall_id text not null references halls(id),
        terminal_id text references terminals(id),
        data jsonb not null,
        deleted boolean not null default false,
        tx xid8 not null default pg_current_xact_id(),
        seq bigint not null default nextval('change_seq'),
        received_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (collection, id)
      );
      create index documents_pull on documents (collection, hall_id, tx, seq);
    `,
  },
  {
    id: 2,
    name: 'service accounts, global documents, reconciliation columns',
    sql: `
      -- Back-office systems and administrators call the hub with service tokens.
      create table service_accounts (
        id text primary key,
        role text not null check (role in ('admin', 'backoffice', 'metrics')),
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      -- Documents every hall receives (catalog, calendar) belong to the pseudo-hall '*'.
      insert into halls (id, name) values ('*', '全省共用') on conflict do nothing;
      alter table documents add column day text;
      alter table documents add column content_hash text;
      create index documents_reconcile on documents (collection, terminal_id, day);
    `,
  },
  {
    id: 3,
    name: 'terminal token expiry',
    sql: `
      -- Tokens expire so a stolen one stops working on its own; terminals renew in time.
      alter table terminals add column token_expires_at timestamptz not null default now() + interval '400 days';
    `,
  },
  { id: 4, name: 'blobs received per hall', sql: blobsMigrationSql },
];

const MIGRATION_LOCK = 7_402_113; // advisory lock id: several hub processes may start at once

export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      id integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ id: number }>('select id from schema_migrations')).map((r) => r.id));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}

/** Comments go first (they may contain semicolons); our SQL has none inside literals. */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
