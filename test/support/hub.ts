import { startHub, type RunningHub } from '../../sync/hub/server';
import { createEnrolmentCode, enrolTerminal, ensureHall } from '../../sync/hub/repositories/terminals';
import { createScratchDatabase, postgresAdminUrl } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';

/** The database kinds a test should run against: PGlite always, PostgreSQL when a server answers. */
export async function databaseKinds(): Promise<{ kind: DatabaseKind; skip: boolean }[]> {
  const pgUrl = await postgresAdminUrl();
  return [
    { kind: 'pglite', skip: false },
    { kind: 'postgres', skip: pgUrl === undefined },
  ];
}

export interface TestTerminal {
  terminalId: string;
  hallId: string;
  token: string;
}

export interface TestHub extends RunningHub {
  enrol(hallId: string, name?: string): Promise<TestTerminal>;
  databaseUrl: string | undefined;
}

/** A hub on a random port over a fresh database; close() drops the database. */
export async function startTestHub(kind: DatabaseKind, opts: { databaseUrl?: string } = {}): Promise<TestHub> {
  let scratch: { url: string; drop(): Promise<void> } | undefined;
  let databaseUrl = opts.databaseUrl;
  if (kind === 'postgres' && !databaseUrl) {
    const admin = await postgresAdminUrl();
    if (!admin) throw new Error('PostgreSQL is not available');
    scratch = await createScratchDatabase(admin);
    databaseUrl = scratch.url;
  }
  const hub = await startHub({ databaseUrl, logger: false, port: 0 });
  return {
    ...hub,
    databaseUrl,
    async enrol(hallId, name = 'test terminal') {
      await ensureHall(hallId, `大厅 ${hallId}`)(hub.db);
      const code = await createEnrolmentCode(hallId)(hub.db);
      const t = await enrolTerminal(code, name)(hub.db);
      if (!t) throw new Error('enrolment failed');
      return t;
    },
    async close() {
      await hub.close();
      await scratch?.drop();
    },
  };
}
