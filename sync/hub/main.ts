/**
 * `npm run hub`: the provincial hub alone.
 *   DATABASE_URL=postgres://…   use a PostgreSQL server (several hubs may share it)
 *   HUB_DATA_DIR=./data/hub      PGlite data folder when DATABASE_URL is not set
 *   HUB_BLOB_DIR=./data/hub-blobs   scanned files (default: beside the PGlite folder, or a temp folder with DATABASE_URL)
 *   HUB_PORT=8787 HUB_HOST=127.0.0.1
 *   `npm run hub -- enrolment-code <hallId> [hallName]` prints a one-time terminal enrolment code.
 *   `npm run hub -- service-token <accountId> <admin|backoffice|metrics>` creates a service account.
 */
import path from 'node:path';
import { startHub } from './server';
import { createEnrolmentCode, ensureHall } from './repositories/terminals';
import { createServiceAccount, type ServiceRole } from './repositories/principals';

const dataDir = path.resolve(process.env.HUB_DATA_DIR ?? path.join(process.env.COUNTER_DATA_DIR ?? 'data', 'hub'));
const hub = await startHub({
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  port: Number(process.env.HUB_PORT ?? 8787),
  host: process.env.HUB_HOST ?? '127.0.0.1',
  blobDir: process.env.HUB_BLOB_DIR ? path.resolve(process.env.HUB_BLOB_DIR) : undefined,
});

console.log(`hub listening on ${hub.url} (${hub.db.kind}${process.env.DATABASE_URL ? '' : `, data in ${dataDir}`})`);

const [command, hallId, hallName] = process.argv.slice(2);
if (command === 'enrolment-code') {
  if (!hallId) {
    console.error('usage: npm run hub -- enrolment-code <hallId> [hallName]');
    process.exit(2);
  }
  await ensureHall(hallId, hallName ?? hallId)(hub.db);
  console.log(`enrolment code for hall ${hallId}: ${await createEnrolmentCode(hallId)(hub.db)}`);
}

if (command === 'service-token') {
  const [, id, role] = process.argv.slice(2);
  if (!id || !role || !['admin', 'backoffice', 'metrics'].includes(role)) {
    console.error('usage: npm run hub -- service-token <accountId> <admin|backoffice|metrics>');
    process.exit(2);
  }
  console.log(`token for ${id} (${role}), shown once: ${await createServiceAccount(id, role as ServiceRole)(hub.db)}`);
}

const stop = async () => {
  await hub.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
