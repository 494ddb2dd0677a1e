/**
 * Issue 4's sync figures, with a real PostgreSQL server (skipped with a note without one):
 * (a) drain 10,000 queued applications with 3 material records each from one terminal;
 * (b) hub ingest with 200 simulated terminals pushing concurrently (p50/p99 latency);
 * (c) the same rows by plain multi-row INSERT, and the ratio (b)/(c).
 * The hub runs as its own process, as in production; the terminal is the real sync client
 * with RxDB's in-memory storage (Dexie/IndexedDB is measured in the browser, not here).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { hubRoutes } from '../../shared/sync';
import { createScratchDatabase, postgresAdminUrl } from '../support/postgres';
import { makeApplication } from '../support/fixtures';
import { startTestTerminal } from '../support/terminal';
import type { TestTerminal } from '../support/hub';
import { percentile, type Bench, type BenchRow } from './harness';

const root = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startHubProcess(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync/hub/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, HUB_PORT: String(port), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('hub listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`hub exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function enrolMany(databaseUrl: string, hubUrl: string, n: number, hall: string): Promise<TestTerminal[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { createEnrolmentCode, ensureHall } = await import('../../sync/hub/repositories/terminals');
  const q = { query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[] };
  await ensureHall(hall, hall)(q);
  const out: TestTerminal[] = [];
  for (let i = 0; i < n; i++) {
    const code = await createEnrolmentCode(hall)(q);
    const res = await fetch(hubUrl + hubRoutes.enrol(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, terminalName: `bench-${i}` }) });
    out.push((await res.json()) as TestTerminal);
  }
  await client.end();
  return out;
}

function materialsFor(app: ReturnType<typeof makeApplication>, i: number) {
  return {
    id: `${app.id}-m${i}`,
    applicationId: app.id,
    hallId: app.hallId,
    terminalId: app.terminalId,
    materialCode: `M${i}`,
    name: ['居民身份证', '户口簿', '结婚证'][i] ?? '材料',
    provision: 'scanned' as const,
    originalsSeen: 1,
    copiesReceived: 1,
    files: [{ sha256: 'a'.repeat(64), bytes: 180_000, mime: 'image/jpeg' as const }],
    createdAt: app.createdAt,
  };
}

const strip = <T extends { _deleted: boolean }>(d: T) => {
  const { _deleted, ...rest } = d;
  void _deleted;
  return rest;
};

const bench: Bench = {
  name: 'sync',
  async run(): Promise<BenchRow[]> {
    const admin = await postgresAdminUrl();
    if (!admin) return [{ subject: 'sync benchmarks', metric: 'skipped: no PostgreSQL server', value: 0, unit: '' }];
    const rows: BenchRow[] = [];
    const scratch = await createScratchDatabase(admin);
    const hub = await startHubProcess(scratch.url);
    try {
      // (a) one terminal drains its queue.
      const [t] = await enrolMany(scratch.url, hub.url, 1, 'bench-drain');
      const terminal = await startTestTerminal(hub.url, t!);
      const apps = Array.from({ length: 10_000 }, () => makeApplication(t!));
      await terminal.db.applications.bulkInsert(apps.map(strip));
      await terminal.db.materials.bulkInsert(apps.flatMap((a) => [0, 1, 2].map((i) => materialsFor(a, i))));
      const t0 = performance.now();
      terminal.start();
      await terminal.acknowledged(10_000, 'applications');
      await terminal.acknowledged(30_000, 'materials');
      const drainS = (performance.now() - t0) / 1000;
      await terminal.close();
      rows.push({ subject: '(a) drain 10,000 applications + 30,000 material records, one terminal', metric: 'time', value: drainS, unit: 's', target: '< 30 s', ratio: drainS / 30 });
      rows.push({ subject: '(a) drain', metric: 'documents/s', value: 40_000 / drainS, unit: 'docs/s' });

      // (b) 200 terminals push concurrently. Terminals do not push back to back: each sends
      // a batch of 50 every 2.5 s (offered load 4,000 docs/s) — latency at that load. Then the
      // same terminals flat out (closed loop) — the hub's saturation throughput.
      const terminals = await enrolMany(scratch.url, hub.url, 200, 'bench-load');
      const batchesPerTerminal = 10;
      const batchSize = 50;
      // Bodies are made before the clock starts, so the load generator's own work stays out of the latencies.
      const bodies = new Map(terminals.map((term) => [term.terminalId, Array.from({ length: batchesPerTerminal + 5 }, () => JSON.stringify(Array.from({ length: batchSize }, () => ({ newDocumentState: makeApplication(term) }))))]));
      const pushBatch = async (term: TestTerminal) => {
        const body = bodies.get(term.terminalId)!.pop()!;
        const s = performance.now();
        const res = await fetch(hub.url + hubRoutes.push('applications'), {
          method: 'POST',
          headers: { authorization: `Bearer ${term.token}`, 'content-type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`push failed ${res.status}`);
        return performance.now() - s;
      };
      const periodMs = 2_500;
      const latencies: number[] = [];
      const tb = performance.now();
      await Promise.all(
        terminals.map(async (term) => {
          const offset = Math.random() * periodMs;
          for (let b = 0; b < batchesPerTerminal; b++) {
            const due = tb + offset + b * periodMs;
            const wait = due - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            latencies.push(await pushBatch(term));
          }
        }),
      );
      const loadS = (performance.now() - tb) / 1000;
      const docs = terminals.length * batchesPerTerminal * batchSize;
      const ingest = docs / loadS;
      const p99 = percentile(latencies, 99);
      rows.push({ subject: '(b) 200 terminals, one batch of 50 each every 2.5 s (offered 4,000 docs/s)', metric: 'ingest', value: ingest, unit: 'docs/s', target: '≥ 3,000 docs/s', ratio: 3000 / ingest });
      rows.push({ subject: '(b) push latency at that load', metric: 'p50', value: percentile(latencies, 50), unit: 'ms' });
      rows.push({ subject: '(b) push latency at that load', metric: 'p99', value: p99, unit: 'ms', target: '< 500 ms', ratio: p99 / 500 });

      const saturated: number[] = [];
      const ts = performance.now();
      await Promise.all(terminals.map(async (term) => { for (let b = 0; b < 5; b++) saturated.push(await pushBatch(term)); }));
      const maxIngest = (terminals.length * 5 * batchSize) / ((performance.now() - ts) / 1000);
      rows.push({ subject: '(b) the same 200 terminals flat out (closed loop, saturation)', metric: 'ingest', value: maxIngest, unit: 'docs/s' });
      rows.push({ subject: '(b) push latency when saturated (queueing)', metric: 'p99', value: percentile(saturated, 99), unit: 'ms' });

      // (c) the same rows by plain multi-row INSERT (50 rows a statement, 10 connections).
      const pool = new pg.Pool({ connectionString: scratch.url, max: 10 });
      await pool.query('create table plain_insert (collection text, id text primary key, hall_id text, terminal_id text, data jsonb)');
      const plainRows = terminals.flatMap((term) => Array.from({ length: batchesPerTerminal * batchSize }, () => makeApplication(term)));
      const tc = performance.now();
      const chunks: (typeof plainRows)[] = [];
      for (let i = 0; i < plainRows.length; i += batchSize) chunks.push(plainRows.slice(i, i + batchSize));
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < chunks.length) {
            const chunk = chunks[next++]!;
            const values = chunk.map((_, i) => `('applications', $${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(',');
            await pool.query(`insert into plain_insert values ${values}`, chunk.flatMap((d) => [d.id, d.hallId, d.terminalId, JSON.stringify(strip(d))]));
          }
        }),
      );
      const plainRate = plainRows.length / ((performance.now() - tc) / 1000);
      await pool.end();
      rows.push({ subject: '(c) plain multi-row INSERT, same rows', metric: 'rate', value: plainRate, unit: 'rows/s' });
      rows.push({ subject: '(b)/(c) hub saturation ingest vs plain INSERT', metric: 'ratio', value: maxIngest / plainRate, unit: '', target: '≥ 0.3', ratio: 0.3 / (maxIngest / plainRate) });
    } finally {
      hub.stop();
      await new Promise((r) => setTimeout(r, 500));
      await scratch.drop();
    }
    return rows;
  },
};
export default bench;
