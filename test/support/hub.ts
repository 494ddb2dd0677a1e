import { startHub, type RunningHub } from '../../sync/hub/server';
import { createEnrolmentCode, enrolTerminal, ensureHall } from '../../sync/hub/repositories/terminals';
import { createScratchDatabase, postgresAdminUrl } from './postgres';
import { createServiceAccount, type ServiceRole } from '../../sync/hub/repositories/principals';

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
  /** A service-account token (admin, backoffice, metrics). */
  serviceToken(role: ServiceRole): Promise<string>;
  databaseUrl: string | undefined;
}

/** A hub on a random port over a fresh database; close() drops the database. */
export async function startTestHub(kind: DatabaseKind, opts: { databaseUrl?: string; keepDatabase?: boolean } = {}): Promise<TestHub> {
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
    async serviceToken(role) {
      return createServiceAccount(`${role}-${Math.random().toString(36).slice(2, 8)}`, role)(hub.db);
    },
    async close() {
      await hub.close();
      if (!opts.keepDatabase) await scratch?.drop();
    },
  };
}
