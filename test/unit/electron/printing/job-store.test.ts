import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../../shared/case-number';
import { PrintJobStore, type NewPrintJob } from '../../../../electron/main/services/printing/job-store';
import { PrintError } from '../../../../electron/main/services/printing/printer';
import { PrintService } from '../../../../electron/main/services/printing/print-service';
import { FakePrinter } from './fake-printer';

const CASE = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 }).replace(/-/g, '');
const AT = '2026-01-23T01:00:00.000Z';

const newJob = (over: Partial<NewPrintJob> = {}): NewPrintJob => ({
  documentKind: 'acceptanceNotice',
  caseNumber: CASE,
  printer: 'Counter1',
  copies: 1,
  status: 'queued',
  attempts: 0,
  lastError: null,
  notice: null,
  retryAt: null,
  spoolerJobId: null,
  createdAt: AT,
  updatedAt: AT,
  printedAt: null,
  reprint: false,
  reprintReason: null,
  reprintOf: null,
  ...over,
});
const pdf = (s: string) => new TextEncoder().encode(`%PDF-1.7 ${s}`);

const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'counter-jobs-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('print job store', () => {
  it('keeps jobs and their PDFs across reopening, in order, with every change', async () => {
    const dir = await tmp();
    const store = await PrintJobStore.open(dir);
    const a = await store.add(newJob(), pdf('a'));
    const b = await store.add(newJob({ copies: 2 }), pdf('b'));
    await store.update(a.id, { status: 'printed', printedAt: AT, attempts: 1 }, new Date(AT));
    const again = await PrintJobStore.open(dir);
    expect(again.list().map((j) => [j.id, j.status, j.copies])).toEqual([
      [a.id, 'printed', 1],
      [b.id, 'queued', 2],
    ]);
    expect(new TextDecoder().decode(await again.readPdf(again.get(b.id)!))).toBe('%PDF-1.7 b');
    expect(again.problems).toEqual([]);
  });

  it('sets aside a damaged job file, removes leftovers of interrupted writes and PDFs without a job', async () => {
    const dir = await tmp();
    const store = await PrintJobStore.open(dir);
    const good = await store.add(newJob(), pdf('good'));
    const bad = await store.add(newJob(), pdf('bad'));
    await writeFile(path.join(dir, 'jobs', `${bad.id}.json`), '{"id": "pj-0000');
    await writeFile(path.join(dir, 'jobs', `${good.id}.json.123.abcd.tmp`), 'half');
    await writeFile(path.join(dir, 'pdf', 'pj-000099-ffffff.pdf'), '%PDF orphan');
    const again = await PrintJobStore.open(dir);
    expect(again.list().map((j) => j.id)).toEqual([good.id]);
    expect(again.problems).toEqual([`${bad.id}.json`]);
    expect((await readdir(path.join(dir, 'jobs'))).sort()).toEqual([`${bad.id}.json.corrupt`, `${good.id}.json`].sort());
    expect(await readdir(path.join(dir, 'pdf'))).toEqual([`${good.id}.pdf`]);
  });

  it('refuses to store a job that breaks the schema (no silent junk on disk)', async () => {
    const store = await PrintJobStore.open(await tmp());
    await expect(store.add(newJob({ copies: 0 }), pdf('x'))).rejects.toThrow();
    await expect(store.add(newJob({ documentKind: 'birthCertificate' as never }), pdf('x'))).rejects.toThrow();
    expect(store.list()).toEqual([]);
  });

  it('forgets printed jobs past retention with their PDFs, and nothing else', async () => {
    const dir = await tmp();
    const store = await PrintJobStore.open(dir);
    const old = await store.add(newJob(), pdf('old'));
    const recent = await store.add(newJob(), pdf('recent'));
    const waiting = await store.add(newJob(), pdf('waiting'));
    await store.update(old.id, { status: 'printed', printedAt: '2025-11-01T00:00:00.000Z' }, new Date(AT));
    await store.update(recent.id, { status: 'printed', printedAt: '2026-01-20T00:00:00.000Z' }, new Date(AT));
    expect(await store.prunePrinted(new Date('2026-01-01T00:00:00Z'))).toBe(1);
    expect(store.list().map((j) => j.id)).toEqual([recent.id, waiting.id]);
    expect((await readdir(path.join(dir, 'pdf'))).sort()).toEqual([`${recent.id}.pdf`, `${waiting.id}.pdf`].sort());
  });

  it('writes concurrent updates of one job one after another, the last one winning', async () => {
    const dir = await tmp();
    const store = await PrintJobStore.open(dir);
    const job = await store.add(newJob(), pdf('c'));
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update(job.id, { attempts: i }, new Date(AT))));
    const stored = JSON.parse(await readFile(path.join(dir, 'jobs', `${job.id}.json`), 'utf8')) as { attempts: number };
    expect(stored.attempts).toBe(19);
  });
});

describe('never lost, never doubled (property)', () => {
  const step = fc.constantFrom('enqueue', 'offline', 'online', 'fail', 'down', 'up', 'restart', 'tick', 'spoolerDone');

  it('whatever happens to the printer, each queued document prints exactly once when it is healthy again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), fc.boolean(), async (steps, slowSpooler) => {
        const dir = await tmp();
        const clock = { t: Date.parse(AT) };
        const printer = new FakePrinter();
        printer.autoComplete = !slowSpooler;
        const open = () =>
          PrintService.open({
            dir,
            printer,
            settings: { get: async () => 'Counter1', set: async () => undefined },
            audit: async () => undefined,
            now: () => new Date(clock.t),
            log: () => undefined,
          });
        let service = await open();
        const queued: string[] = [];
        for (const s of steps) {
          if (s === 'enqueue') queued.push((await service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE, pdf: pdf(String(queued.length)) })).id);
          else if (s === 'offline') printer.setOnline('Counter1', false, 'jam');
          else if (s === 'online') printer.setOnline('Counter1', true);
          else if (s === 'fail') printer.failures.push(new PrintError('PRINT_FAILED', '打印失败', 'x'));
          else if (s === 'down') printer.serviceDown = true;
          else if (s === 'up') printer.serviceDown = false;
          else if (s === 'restart') service = await open();
          else if (s === 'spoolerDone') for (const [id, state] of printer.spooler) if (state === 'pending') printer.complete(id);
          else await service.worker.tick();
          clock.t += 3_000;
        }
        // The printer comes back for good; the spooler finishes; time passes for retries.
        printer.setOnline('Counter1', true);
        printer.serviceDown = false;
        printer.failures = [];
        for (let i = 0; i < 12; i++) {
          for (const [id, state] of printer.spooler) if (state === 'pending') printer.complete(id);
          clock.t += 5 * 60_000;
          await service.worker.tick();
        }
        const jobs = service.listJobs({ limit: 1000 });
        // Five failures in a row leave a job for the clerk: that is the only way one is not printed.
        for (const j of jobs) if (j.status !== 'printed') expect(j).toMatchObject({ status: 'failed', retryAt: null });
        const printed = jobs.filter((j) => j.status === 'printed').map((j) => j.id);
        expect(printer.printedTitles().filter((t) => printed.includes(t)).sort()).toEqual([...printed].sort());
        // Nothing reached the spooler twice unless a failure made it try again.
        const titles = printer.printedTitles();
        expect(new Set(titles).size).toBe(titles.length);
        expect(jobs.map((j) => j.id).sort()).toEqual([...queued].sort());
      }),
      { numRuns: 60 },
    );
  });
});
