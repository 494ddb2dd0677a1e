import pg from 'pg';
import type { Database, Queryable } from './database';

/** A real PostgreSQL server through a connection pool (production, several hub replicas). */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Fail fast with a clear message when the server is not there.
  const probe = await pool.connect();
  probe.release();
  const listeners: pg.PoolClient[] = [];
  const wrap = (q: { query: pg.Pool['query'] }): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const r = await q.query(sql, params);
      return r.rows as Row[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const out = await fn(wrap(client));
        await client.query('commit');
        return out;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      const client = await pool.connect();
      listeners.push(client);
      const handler = (m: pg.Notification) => {
        if (m.channel === channel) onPayload(m.payload ?? '');
      };
      client.on('notification', handler);
      await client.query(`listen ${channel}`);
      return async () => {
        client.off('notification', handler);
        await client.query(`unlisten ${channel}`).catch(() => undefined);
        listeners.splice(listeners.indexOf(client), 1);
        client.release();
      };
    },
    async close() {
      for (const c of listeners.splice(0)) c.release();
      await pool.end();
    },
  };
}
