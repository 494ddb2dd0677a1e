import pg from 'pg';

/**
 * PostgreSQL for tests: DATABASE_URL if set, else the local server on 127.0.0.1:5432
 * if one answers. Each test file gets its own fresh database, dropped afterwards.
 * Where there is no server the PostgreSQL cases are skipped, and said so loudly.
 */
const candidate = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let available: Promise<string | undefined> | undefined;

export function postgresAdminUrl(): Promise<string | undefined> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.query('select 1');
      return candidate;
    } catch {
      const message = `PostgreSQL not reachable at ${redact(candidate)}: PostgreSQL test cases are SKIPPED (PGlite cases still run).`;
      console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
      if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`${message} REQUIRE_POSTGRES=1 makes this an error.`);
      return undefined;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

const redact = (url: string) => url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');

export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `counter_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
