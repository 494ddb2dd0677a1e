/**
 * The real print path (issue 6): the print queue against the machine's CUPS, printing to
 * the cups-pdf virtual printer `CounterPDF` that .ci/setup-printing.sh installs. A printed
 * job comes out as a PDF file in cups-pdf's output folder, read back with poppler.
 * `cupsdisable` / `cupsreject` stand in for a printer going offline.
 *
 * Where CUPS is not there the tests are skipped, loudly; REQUIRE_CUPS=1 makes that an error.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdir, readFileSync, stat } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../shared/case-number';
import { CupsPrinter } from '../../../electron/main/services/printing/cups-printer';
import { PrintService, type PrintJobView } from '../../../electron/main/services/printing/print-service';
import type { SettingsStore } from '../../../electron/main/services/printing/settings';

const PRINTER = 'CounterPDF';
const env = { ...process.env, LANG: 'C', LC_ALL: 'C', PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` };
const run = promisify(execFile);
const CASE = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });

function probeCups(): string | undefined {
  const r = spawnSync('lpstat', ['-r'], { env, encoding: 'utf8' });
  if (r.error) return `lpstat is not available (${r.error.message}); install CUPS with .ci/setup-printing.sh`;
  if (!/scheduler is running/.test(r.stdout)) return 'the CUPS scheduler is not running; start it with .ci/setup-printing.sh';
  if (spawnSync('lpstat', ['-p', PRINTER], { env }).status !== 0) return `the ${PRINTER} cups-pdf printer is missing; add it with .ci/setup-printing.sh`;
  if (spawnSync('pdftotext', ['-v'], { env }).error) return 'pdftotext (poppler-utils) is missing';
  return undefined;
}

const skipReason = probeCups();
if (skipReason) {
  const message = `Real CUPS printing tests are SKIPPED: ${skipReason}.`;
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
  if (process.env.REQUIRE_CUPS === '1') throw new Error(`${message} REQUIRE_CUPS=1 makes this an error.`);
}

/** cups-pdf's output folder, from its configuration (`Out`), as the setup script set it. */
function cupsPdfOutDir(): string {
  let configured: string | undefined;
  try {
    configured = /^Out\s+(.+)$/m.exec(readFileSync('/etc/cups/cups-pdf.conf', 'utf8'))?.[1]?.trim();
  } catch {
    // not readable: fall back below
  }
  return (configured ?? '${HOME}/PDF').replace('${HOME}', process.env.HOME ?? '/root').replace('${USER}', process.env.USER ?? 'root');
}

const admin = (command: 'cupsdisable' | 'cupsenable' | 'cupsreject' | 'cupsaccept', ...args: string[]) => run(command, [...args, PRINTER], { env });

class MemorySettings implements SettingsStore {
  private readonly values = new Map<string, unknown>();
  async get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: unknown) {
    this.values.set(key, value);
  }
}

async function testPdf(token: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('COUNTER PRINT TEST', { x: 72, y: 760, size: 20, font });
  page.drawText(token, { x: 72, y: 720, size: 16, font });
  return doc.save();
}

const uniqueToken = () => `TOKEN${Date.now().toString(36).toUpperCase()}${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const listDir = (dir: string) => new Promise<string[]>((resolve) => readdir(dir, (e, names) => resolve(e ? [] : names)));
const mtime = (file: string) => new Promise<number>((resolve) => stat(file, (e, s) => resolve(e ? 0 : s.mtimeMs)));

/** What the tests printed, removed afterwards. */
const outputs = new Set<string>();

/** Printed files (written since `since`) whose text holds the token. */
async function printedFilesWith(token: string, since: number): Promise<string[]> {
  const dir = cupsPdfOutDir();
  const found: string[] = [];
  for (const name of await listDir(dir)) {
    const file = path.join(dir, name);
    if (!name.endsWith('.pdf') || (await mtime(file)) < since - 1000) continue;
    const text = spawnSync('pdftotext', [file, '-'], { env, encoding: 'utf8' });
    if (text.status === 0 && text.stdout.includes(token)) found.push(file);
  }
  for (const f of found) outputs.add(f);
  return found;
}

// The reason shows in the test report too, not only in the banner.
if (skipReason) {
  describe('printing through the real CUPS: skipped', () => {
    it.skip(`SKIPPED: ${skipReason}`, () => undefined);
  });
}

describe.skipIf(skipReason !== undefined)('printing through the real CUPS (cups-pdf printer CounterPDF)', () => {
  const dirs: string[] = [];
  const services: PrintService[] = [];
  let started = 0;

  async function openService(dir?: string) {
    const folder = dir ?? (await mkdtemp(path.join(tmpdir(), 'counter-cups-')));
    if (!dir) dirs.push(folder);
    const settings = new MemorySettings();
    const service = await PrintService.open({ dir: folder, printer: new CupsPrinter(), settings, audit: async () => undefined, pollMs: 200, log: () => undefined });
    await service.setChosenPrinter(PRINTER);
    services.push(service);
    return { service, dir: folder };
  }

  const statusOf = (service: PrintService, id: string) => service.getJob(id).status;
  const printed = (service: PrintService, id: string) => until(`job ${id} printed`, () => (statusOf(service, id) === 'printed' ? service.getJob(id) : undefined));

  beforeAll(async () => {
    started = Date.now();
    await admin('cupsenable');
    await admin('cupsaccept');
  });
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.stop()));
    await admin('cupsenable');
    await admin('cupsaccept');
  });
  afterAll(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    await Promise.all([...outputs].map((f) => rm(f, { force: true })));
  });

  it('lists CounterPDF as an online printer', async () => {
    const printers = await new CupsPrinter().listPrinters();
    expect(printers.find((p) => p.name === PRINTER)).toMatchObject({ name: PRINTER, online: true, reason: '' });
  });

  it('a queued PDF comes out of the printer as a PDF file with the same text, on A4', async () => {
    const { service } = await openService();
    service.start();
    const token = uniqueToken();
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: await testPdf(token) });
    const done = await printed(service, job.id);
    expect(done).toMatchObject({ status: 'printed', attempts: 1, lastError: null });
    const files = await until('the printed PDF file', async () => ((await printedFilesWith(token, started)).length > 0 ? printedFilesWith(token, started) : undefined));
    expect(files).toHaveLength(1);
    // cups-pdf names the file after the job title: our job id, which traces paper to queue.
    expect(path.basename(files[0]!).startsWith(job.id)).toBe(true);
    const info = spawnSync('pdfinfo', [files[0]!], { env, encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
    expect(Math.round(Number(size?.[1]))).toBe(595);
    expect(Math.round(Number(size?.[2]))).toBe(842);
  });

  it('keeps the job QUEUED while CounterPDF is disabled and prints it once it is enabled again', async () => {
    await admin('cupsdisable', '-r', 'counter test offline');
    const { service } = await openService();
    service.start();
    const token = uniqueToken();
    const job = await service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE, pdf: await testPdf(token) });
    // Several polls go by with the printer offline.
    await until('the offline notice', () => (service.getJob(job.id).notice ? true : undefined));
    await new Promise((r) => setTimeout(r, 1500));
    const waiting: PrintJobView = service.getJob(job.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    expect(waiting.notice).toBe('打印机“CounterPDF”当前不可用（counter test offline），恢复后将自动打印');
    // Never handed to CUPS while offline: nothing of ours waits there either.
    const { stdout } = await run('lpstat', ['-W', 'not-completed', '-o', PRINTER], { env });
    expect(stdout.trim()).toBe('');
    expect(await printedFilesWith(token, started)).toEqual([]);

    await admin('cupsenable');
    await printed(service, job.id);
    expect(await until('the printed file', async () => ((await printedFilesWith(token, started)).length ? true : undefined))).toBe(true);
  });

  it('also waits while CounterPDF rejects jobs (cupsreject) and prints after cupsaccept', async () => {
    await admin('cupsreject', '-r', 'counter test maintenance');
    const { service } = await openService();
    service.start();
    const token = uniqueToken();
    const job = await service.enqueue({ documentKind: 'handoverReceipt', caseNumber: CASE, pdf: await testPdf(token) });
    await until('the offline notice', () => (service.getJob(job.id).notice ? true : undefined));
    expect(service.getJob(job.id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(service.getJob(job.id).notice).toContain('counter test maintenance');
    await admin('cupsaccept');
    await printed(service, job.id);
    expect(await until('the printed file', async () => ((await printedFilesWith(token, started)).length ? true : undefined))).toBe(true);
  });

  it('a restarted queue (new instance on the same folder) prints what the old one left, each exactly once', async () => {
    await admin('cupsdisable', '-r', 'counter test restart');
    const first = await openService();
    first.service.start();
    const tokens = [uniqueToken(), uniqueToken()];
    const jobs: PrintJobView[] = [];
    for (const token of tokens) jobs.push(await first.service.enqueue({ documentKind: 'supplementNotice', caseNumber: CASE, pdf: await testPdf(token) }));
    await until('the offline notice', () => (first.service.getJob(jobs[1]!.id).notice ? true : undefined));
    await first.service.stop();
    await admin('cupsenable');

    const second = await openService(first.dir);
    expect(second.service.listJobs().map((j) => [j.id, j.status])).toEqual([
      [jobs[1]!.id, 'queued'],
      [jobs[0]!.id, 'queued'],
    ]);
    second.service.start();
    for (const job of jobs) await printed(second.service, job.id);
    for (const token of tokens) {
      const files = await until(`the file for ${token}`, async () => {
        const f = await printedFilesWith(token, started);
        return f.length ? f : undefined;
      });
      expect(files).toHaveLength(1);
    }
  });

  it('a printer that does not exist gives a clear error, at choice time and for a job', async () => {
    const { service } = await openService();
    await expect(service.setChosenPrinter('NoSuchCounterPrinter')).rejects.toMatchObject({
      code: 'PRINTER_NOT_FOUND',
      message: '找不到打印机“NoSuchCounterPrinter”，请从列表中选择本机已安装的打印机',
    });
    await expect(new CupsPrinter().print(await testPdf('X'), { printer: 'NoSuchCounterPrinter', copies: 1, title: 'pj-000001-abcdef' })).rejects.toMatchObject({
      code: 'PRINTER_NOT_FOUND',
      message: '找不到打印机“NoSuchCounterPrinter”，请在“打印设置”中重新选择打印机',
    });
    service.start();
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: await testPdf('Y'), printer: 'NoSuchCounterPrinter' });
    const failed = await until('the job to fail', () => (statusOf(service, job.id) === 'failed' ? service.getJob(job.id) : undefined));
    expect(failed).toMatchObject({ retryAt: null, lastError: '找不到打印机“NoSuchCounterPrinter”，请在“打印设置”中选择打印机后点“重试”' });
  });
});
