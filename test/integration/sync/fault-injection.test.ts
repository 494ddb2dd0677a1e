import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { chinaDay, hubRoutes, reconciliationDigest } from '../../../shared/sync';
import { reconcileWithHub, sha256Hex } from '../../../sync/client/reconcile';
import { startHub } from '../../../sync/hub/server';
import { countDocuments } from '../../../sync/hub/repositories/documents';
import { makeApplication } from '../../support/fixtures';
import { databaseKinds, startTestHub, type TestTerminal } from '../../support/hub';
import { createScratchDatabase, postgresAdminUrl } from '../../support/postgres';
import { startTestTerminal } from '../../support/terminal';

const kinds = await databaseKinds();
const strip = <T extends { _deleted: boolean }>(d: T) => {
  const { _deleted, ...rest } = d;
  void _deleted;
  return rest;
};
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  // A cleanup that hangs (a connection slow to close under load) must not fail a test that
  // passed: each gets 15 s, then we move on and say so.
  for (const c of cleanups.splice(0).reverse()) {
    const outcome = await Promise.race([c().then(() => 'done', () => 'done'), new Promise((r) => setTimeout(() => r('timeout'), 15_000))]);
    if (outcome === 'timeout') console.warn('fault-injection cleanup took longer than 15 s; continuing');
  }
}, 120_000);

async function expectReconciled(terminal: Awaited<ReturnType<typeof startTestTerminal>>, hubUrl: string, t: TestTerminal, day: string, count: number) {
  const report = await reconcileWithHub({ hubUrl, token: t.token }, terminal.db.applications, 'applications', t.terminalId, day);
  expect(report.local.count).toBe(count);
  expect(report.hub).toEqual(report.local);
  expect(report.agree).toBe(true);
}

describe.each(kinds)('fault injection on $kind: every case ends reconciled', ({ kind, skip }) => {
  if (skip) {
    it.skip(`SKIPPED: no PostgreSQL server for the ${kind} cases`, () => {});
    return;
  }

  it('duplicate and reordered pushes, concurrently, leave one row each', async () => {
    const hub = await startTestHub(kind);
    cleanups.push(() => hub.close());
    const t = await hub.enrol('hall-dup');
    const docs = Array.from({ length: 60 }, () => makeApplication(t));
    const batches = Array.from({ length: 6 }, (_, i) => docs.slice(i * 10, i * 10 + 10).map((d) => ({ newDocumentState: d })));
    const sends = [...batches, ...batches, batches[2]!, batches[0]!].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(
      sends.map((b) =>
        fetch(hub.url + hubRoutes.push('applications'), {
          method: 'POST',
          headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
          body: JSON.stringify([...b].reverse()),
        }).then((r) => r.json()),
      ),
    );
    for (const a of answers) expect(a).toEqual([]);
    expect(await countDocuments('applications')(hub.db)).toBe(60);
    const local = await reconciliationDigest(docs.map(strip), sha256Hex);
    const res = await fetch(`${hub.url}${hubRoutes.reconciliation()}?terminal=${t.terminalId}&day=2026-11-23`, { headers: { authorization: `Bearer ${t.token}` } });
    expect(await res.json()).toMatchObject(local);
  });

  it('a terminal clock set a day wrong still syncs by hub order, and the drift is measured', async () => {
    const hub = await startTestHub(kind);
    cleanups.push(() => hub.close());
    const t = await hub.enrol('hall-clock');
    const dayWrong = 86_400_000;
    const terminal = await startTestTerminal(hub.url, t, { now: () => Date.now() - dayWrong });
    cleanups.push(() => terminal.close());
    const sync = terminal.start();
    // What the clerk's screen would record with that clock: yesterday.
    const wrongNow = new Date(Date.now() - dayWrong).toISOString();
    const docs = Array.from({ length: 10 }, () => strip(makeApplication(t, { createdAt: wrongNow })));
    await terminal.db.applications.bulkInsert(docs);
    await terminal.acknowledged(10);
    const summary = await firstValueFrom(sync.summary$.pipe(filter((s) => s.clockDriftMs !== null)));
    expect(Math.abs(summary.clockDriftMs! - dayWrong)).toBeLessThan(5_000);
    await expectReconciled(terminal, hub.url, t, chinaDay(wrongNow), 10);
  });

  it.skipIf(kind !== 'postgres')('two hub processes on one database: the terminal switches between them and hears changes made through the other', async () => {
    const hubA = await startTestHub('postgres', { keepDatabase: true });
    const hubB = await startHub({ databaseUrl: hubA.databaseUrl, logger: false, port: 0 });
    cleanups.push(async () => {
      await hubB.close();
      await hubA.close();
      const admin = await postgresAdminUrl();
      if (admin && hubA.databaseUrl) {
        const name = new URL(hubA.databaseUrl).pathname.slice(1);
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      }
    });
    const t = await hubA.enrol('hall-two');
    const terminal = await startTestTerminal(hubA.url, t);
    cleanups.push(() => terminal.close());

    // Listen on hub B while the terminal pushes through hub A: LISTEN/NOTIFY crosses processes.
    const controller = new AbortController();
    cleanups.push(async () => controller.abort());
    const stream = await fetch(hubB.url + hubRoutes.stream(), { headers: { authorization: `Bearer ${t.token}` }, signal: controller.signal });
    const reader = stream.body!.getReader();
    let heard = '';
    const heardChange = (async () => {
      const decoder = new TextDecoder();
      while (!heard.includes('"collection":"applications"')) {
        const { value, done } = await reader.read();
        if (done) break;
        heard += decoder.decode(value);
      }
    })();

    terminal.start(hubA.url);
    const first = Array.from({ length: 20 }, () => strip(makeApplication(t)));
    await terminal.db.applications.bulkInsert(first);
    await terminal.acknowledged(20);
    await heardChange;
    expect(heard).toContain('"collection":"applications"');

    await terminal.stopSync();
    terminal.start(hubB.url);
    const second = Array.from({ length: 20 }, () => strip(makeApplication(t)));
    await terminal.db.applications.bulkInsert(second);
    await terminal.acknowledged(40);
    expect(await countDocuments('applications')(hubA.db)).toBe(40);
    await expectReconciled(terminal, hubB.url, t, '2026-11-23', 40);
    await expectReconciled(terminal, hubA.url, t, '2026-11-23', 40);
  });

  it('the hub process killed mid-batch and restarted loses nothing and duplicates nothing', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, HUB_PORT: String(port), LOG_LEVEL: 'warn' };
    if (kind === 'postgres') {
      const scratch = await createScratchDatabase((await postgresAdminUrl())!);
      cleanups.push(() => scratch.drop());
      env.DATABASE_URL = scratch.url;
    } else {
      const dir = await mkdtemp(path.join(tmpdir(), 'hub-kill-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      env.HUB_DATA_DIR = dir;
      delete env.DATABASE_URL;
    }
    let hub = await spawnHub(env, ['enrolment-code', 'hall-kill']);
    cleanups.push(async () => hub.child.kill('SIGKILL'));
    const hubUrl = `http://127.0.0.1:${port}`;
    const enrolled = await fetch(hubUrl + hubRoutes.enrol(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: hub.code, terminalName: 'kill test' }),
    });
    const t = (await enrolled.json()) as TestTerminal;

    const total = 3000;
    const terminal = await startTestTerminal(hubUrl, t);
    cleanups.push(() => terminal.close());
    await terminal.db.applications.bulkInsert(Array.from({ length: total }, () => strip(makeApplication(t))));
    terminal.start();
    // Kill -9 while batches are flowing, then start the hub again on the same data.
    await terminal.acknowledged(300);
    hub.child.kill('SIGKILL');
    await new Promise((r) => hub.child.once('exit', r));
    hub = await spawnHub(env, []);
    await terminal.acknowledged(total);
    await expectReconciled(terminal, hubUrl, t, '2026-11-23', total);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `npm run hub` as a real child process; resolves once it listens (and printed a code, if asked). */
async function spawnHub(env: NodeJS.ProcessEnv, args: string[]): Promise<{ child: ChildProcess; code: string }> {
  const root = path.resolve(import.meta.dirname, '../../..');
  // node --import tsx runs the hub in this very process (the tsx CLI would add a wrapper process that SIGKILL misses).
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync/hub/main.ts', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start: ${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const code = /enrolment code for hall [^:]+: ([A-Z0-9]+)/.exec(out)?.[1];
      const listening = out.includes('hub listening');
      if (listening && (args[0] !== 'enrolment-code' || code)) {
        clearTimeout(timer);
        resolve({ child, code: code ?? '' });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (c) => reject(new Error(`hub exited ${c}: ${out}`)));
  });
}
