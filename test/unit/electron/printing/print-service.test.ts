import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../../shared/case-number';
import type { PrintAuditRecord } from '../../../../electron/main/services/printing/audit-log';
import { createPrintHandlers } from '../../../../electron/main/services/printing/ipc-handlers';
import { PrintError } from '../../../../electron/main/services/printing/printer';
import { PRINTER_SETTING_KEY, PrintService } from '../../../../electron/main/services/printing/print-service';
import { INTERRUPTED_MESSAGE, PDF_MISSING_MESSAGE } from '../../../../electron/main/services/printing/print-worker';
import { JsonSettingsFile, type SettingsStore } from '../../../../electron/main/services/printing/settings';
import { FakePrinter } from './fake-printer';

const CASE = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 42 });
const CASE_2 = formatCaseNumber({ divisionCode: '330106', date: '2026-01-23', terminal: 7, sequence: 43 });
const compact = (n: string) => n.replace(/-/g, '');

/** A "PDF" that names an invented applicant, to prove the queue's metadata does not. */
const pdf = (marker: string) => new TextEncoder().encode(`%PDF-1.7\n% 申请人 王小明 ${marker}\n%%EOF\n`);

class MemorySettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  async get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: unknown) {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
  }
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setup(options: { dir?: string; printer?: FakePrinter; settings?: SettingsStore; audit?: (r: PrintAuditRecord) => Promise<void> } = {}) {
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'counter-print-')));
  if (!options.dir) dirs.push(dir);
  const clock = { t: new Date('2026-01-23T09:00:00+08:00').getTime() };
  const printer = options.printer ?? new FakePrinter();
  const settings = options.settings ?? new MemorySettings();
  const audits: PrintAuditRecord[] = [];
  const service = await PrintService.open({
    dir,
    printer,
    settings,
    audit: options.audit ?? (async (r) => void audits.push(r)),
    now: () => new Date(clock.t),
    log: () => undefined,
  });
  const advance = (ms: number) => void (clock.t += ms);
  return { dir, service, printer, settings, audits, clock, advance, tick: () => service.worker.tick() };
}

describe('print queue: the normal path', () => {
  it('prints a queued PDF byte for byte, with the copies asked for, titled with the job id only', async () => {
    const { service, printer, tick } = await setup();
    const bytes = pdf('A');
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: bytes, copies: 2 });
    expect(job).toMatchObject({ status: 'queued', caseNumber: compact(CASE), printer: 'Counter1', copies: 2, attempts: 0, reprint: false });
    await tick();
    expect(printer.printed).toHaveLength(1);
    expect(Buffer.from(printer.printed[0]!.pdf).equals(Buffer.from(bytes))).toBe(true);
    expect(printer.printed[0]!.options).toEqual({ printer: 'Counter1', copies: 2, title: job.id, media: 'A4' });
    const done = service.getJob(job.id);
    expect(done).toMatchObject({ status: 'printed', attempts: 1, lastError: null, printedAt: '2026-01-23T01:00:00.000Z' });
  });

  it('prints jobs in the order they were queued', async () => {
    const { service, printer, tick } = await setup();
    const ids: string[] = [];
    for (const [i, kind] of (['materialReceipt', 'acceptanceNotice', 'handoverReceipt', 'supplementNotice'] as const).entries()) {
      ids.push((await service.enqueue({ documentKind: kind, caseNumber: CASE, pdf: pdf(String(i)) })).id);
    }
    await tick();
    expect(printer.printedTitles()).toEqual(ids);
  });

  it('keeps no personal data in the queue metadata: only ids, kinds, the case number and settings', async () => {
    const { dir, service, tick } = await setup();
    const job = await service.enqueue({ documentKind: 'rejectionNotice', caseNumber: CASE, pdf: pdf('B') });
    await tick();
    const files = await readdir(path.join(dir, 'jobs'));
    expect(files).toEqual([`${job.id}.json`]);
    const stored = await readFile(path.join(dir, 'jobs', files[0]!), 'utf8');
    expect(stored).not.toContain('王小明');
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(
      [
        'attempts', 'caseNumber', 'copies', 'createdAt', 'documentKind', 'id', 'lastError', 'notice', 'pdfFile', 'printedAt', 'printer',
        'reprint', 'reprintOf', 'reprintReason', 'retryAt', 'seq', 'spoolerJobId', 'status', 'updatedAt',
      ].sort(),
    );
    // The PDF itself is kept (it is what gets printed), apart from the metadata.
    expect(await readFile(path.join(dir, 'pdf', `${job.id}.pdf`), 'utf8')).toContain('王小明');
  });

  it('refuses what is not a PDF, a malformed case number and impossible copies, with Chinese messages', async () => {
    const { service } = await setup();
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: new TextEncoder().encode('<html>') })).rejects.toMatchObject({
      code: 'NOT_A_PDF',
      message: expect.stringContaining('不是 PDF'),
    });
    const wrongCheck = CASE.slice(0, -1) + (CASE.endsWith('0') ? '1' : '0');
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: wrongCheck, pdf: pdf('C') })).rejects.toMatchObject({ code: 'BAD_CASE_NUMBER' });
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('C'), copies: 0 })).rejects.toMatchObject({ code: 'BAD_COPIES' });
    expect(service.listJobs()).toEqual([]);
  });

  it('lists jobs newest first, filtered by case number and status', async () => {
    const { service, printer, tick } = await setup();
    const a = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('1') });
    await tick();
    printer.setOnline('Counter1', false, 'paper jam');
    const b = await service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE_2, pdf: pdf('2') });
    const c = await service.enqueue({ documentKind: 'handoverReceipt', caseNumber: CASE, pdf: pdf('3') });
    await tick();
    expect(service.listJobs().map((j) => j.id)).toEqual([c.id, b.id, a.id]);
    expect(service.listJobs({ caseNumber: CASE }).map((j) => j.id)).toEqual([c.id, a.id]);
    expect(service.listJobs({ statuses: ['queued'] }).map((j) => j.id)).toEqual([c.id, b.id]);
    expect(service.listJobs({ limit: 1 }).map((j) => j.id)).toEqual([c.id]);
  });
});

describe('print queue: offline printers and failures', () => {
  it('keeps a job QUEUED while its printer is offline, without counting attempts, and prints it when it returns', async () => {
    const { service, printer, tick, advance } = await setup();
    printer.setOnline('Counter1', false, 'paper jam');
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('D') });
    for (let i = 0; i < 5; i++) {
      await tick();
      advance(60_000);
    }
    expect(printer.printed).toHaveLength(0);
    expect(service.getJob(job.id)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    expect(service.getJob(job.id).notice).toBe('打印机“Counter1”当前不可用（paper jam），恢复后将自动打印');
    printer.setOnline('Counter1', true);
    await tick();
    expect(printer.printedTitles()).toEqual([job.id]);
    expect(service.getJob(job.id)).toMatchObject({ status: 'printed', notice: null, attempts: 1 });
  });

  it('keeps jobs queued while the print service is down, and also when the printer goes offline between check and print', async () => {
    const { service, printer, tick } = await setup();
    printer.serviceDown = true;
    // Without a chosen printer, nobody can say where to print: the clerk is told why.
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('E') })).rejects.toMatchObject({
      code: 'PRINT_SERVICE_UNAVAILABLE',
    });
    printer.serviceDown = false;
    await service.setChosenPrinter('Counter1');
    printer.serviceDown = true;
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('E') });
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(service.getJob(job.id).notice).toContain('打印服务');
    printer.serviceDown = false;
    printer.failures.push(new PrintError('PRINTER_OFFLINE', '打印机“Counter1”当前不可用（暂停接收任务），恢复后将自动打印'));
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'queued', attempts: 0, notice: expect.stringContaining('暂停接收任务') });
    await tick();
    expect(service.getJob(job.id).status).toBe('printed');
  });

  it('marks a failure in Chinese, retries with growing delays, and after five attempts waits for the clerk', async () => {
    const { service, printer, tick, advance } = await setup();
    const failure = () => new PrintError('PRINT_FAILED', '打印失败：打印服务返回错误（lp: Internal error）', 'lp: Internal error');
    printer.failures.push(failure(), failure(), failure(), failure(), failure());
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('F') });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      await tick();
      const j = service.getJob(job.id);
      expect(j).toMatchObject({ status: 'failed', attempts: attempt });
      expect(j.lastError).toContain('打印失败：打印服务返回错误（lp: Internal error）');
      if (attempt < 5) {
        const wait = new Date(j.retryAt!).getTime() - new Date(j.updatedAt).getTime();
        delays.push(wait);
        // Not before its time…
        advance(wait - 1);
        await tick();
        expect(service.getJob(job.id).attempts).toBe(attempt);
        advance(1);
      } else {
        expect(j.retryAt).toBeNull();
        expect(j.lastError).toContain('已尝试5次');
      }
    }
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000]);
    advance(3600_000);
    await tick();
    expect(printer.printed).toHaveLength(0);
    // The clerk's 重试 starts afresh.
    expect(await service.retry(job.id)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'printed', attempts: 1 });
  });

  it('does not let a failed job waiting for its retry hold up the jobs behind it', async () => {
    const { service, printer, tick } = await setup();
    printer.failures.push(new PrintError('PRINT_FAILED', '打印失败', 'x'));
    const first = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('G1') });
    const second = await service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE, pdf: pdf('G2') });
    await tick();
    expect(service.getJob(first.id).status).toBe('failed');
    expect(service.getJob(second.id).status).toBe('printed');
  });

  it('fails at once, clearly, for a printer that does not exist, and prints after a retry on another printer', async () => {
    const { service, printer, tick } = await setup();
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('H'), printer: 'HallPrinter9' });
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'failed', retryAt: null, attempts: 0 });
    expect(service.getJob(job.id).lastError).toBe('找不到打印机“HallPrinter9”，请在“打印设置”中选择打印机后点“重试”');
    expect(printer.printed).toHaveLength(0);
    await service.retry(job.id, 'Counter2');
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'printed', printer: 'Counter2' });
    expect(printer.printed[0]!.options.printer).toBe('Counter2');
  });

  it('fails a job whose PDF has disappeared instead of printing nothing', async () => {
    const { dir, service, tick } = await setup();
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('I') });
    await rm(path.join(dir, 'pdf', `${job.id}.pdf`));
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'failed', lastError: PDF_MISSING_MESSAGE, retryAt: null });
  });

  it('treats a job the spooler dropped as a failure to retry', async () => {
    const { service, printer, tick, advance } = await setup();
    printer.autoComplete = false;
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('J') });
    await tick();
    expect(service.getJob(job.id).status).toBe('printing');
    printer.complete(printer.printed[0]!.spoolerJobId, 'failed');
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('取消或中止') });
    printer.autoComplete = true;
    advance(5_000);
    await tick();
    expect(service.getJob(job.id)).toMatchObject({ status: 'printed', attempts: 2 });
  });
});

describe('print queue: restarts', () => {
  it('survives a restart: a new instance on the same folder prints what was queued', async () => {
    const first = await setup();
    first.printer.setOnline('Counter1', false);
    const a = await first.service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('K1'), copies: 3 });
    const b = await first.service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE, pdf: pdf('K2') });
    await first.tick();
    await first.service.stop();

    const printer = new FakePrinter();
    const second = await setup({ dir: first.dir, printer });
    expect(second.service.listJobs().map((j) => [j.id, j.status, j.copies])).toEqual([
      [b.id, 'queued', 1],
      [a.id, 'queued', 3],
    ]);
    await second.tick();
    expect(printer.printedTitles()).toEqual([a.id, b.id]);
    expect(new TextDecoder().decode(printer.printed[0]!.pdf)).toContain('K1');
    // New jobs continue the order after the old ones.
    const c = await second.service.enqueue({ documentKind: 'handoverReceipt', caseNumber: CASE, pdf: pdf('K3') });
    expect(second.service.listJobs()[0]!.id).toBe(c.id);
  });

  it('after a restart follows a job already in the spooler instead of printing it twice', async () => {
    const printer = new FakePrinter();
    printer.autoComplete = false;
    const first = await setup({ printer });
    const job = await first.service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('L') });
    await first.tick();
    await first.service.stop();
    const second = await setup({ dir: first.dir, printer });
    await second.tick();
    expect(second.service.getJob(job.id).status).toBe('printing');
    printer.complete(printer.printed[0]!.spoolerJobId);
    await second.tick();
    expect(second.service.getJob(job.id).status).toBe('printed');
    expect(printer.printed).toHaveLength(1);
  });

  it('after a crash between "printing" and the spooler\'s answer, asks the clerk rather than guessing', async () => {
    const first = await setup();
    const job = await first.service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('M') });
    // What a crash right after recording "printing" leaves on disk.
    const file = path.join(first.dir, 'jobs', `${job.id}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...stored, status: 'printing', attempts: 1, spoolerJobId: null }));
    const second = await setup({ dir: first.dir });
    await second.tick();
    expect(second.service.getJob(job.id)).toMatchObject({ status: 'failed', lastError: INTERRUPTED_MESSAGE, retryAt: null });
    expect(second.printer.printed).toHaveLength(0);
  });
});

describe('reprint (补打), cancel and retry', () => {
  it('reprints the stored PDF as a new job marked 补打 with its reason, audited before it prints', async () => {
    const { service, printer, audits, tick } = await setup();
    const original = await service.enqueue({ documentKind: 'materialReceipt', caseNumber: CASE, pdf: pdf('N') });
    await tick();
    const again = await service.reprint(original.id, '  申请人遗失凭证  ', 2);
    expect(again).toMatchObject({ reprint: true, reprintReason: '申请人遗失凭证', reprintOf: original.id, copies: 2, caseNumber: compact(CASE), status: 'queued' });
    expect(again.id).not.toBe(original.id);
    expect(audits).toEqual([
      {
        action: 'print.reprint',
        at: again.createdAt,
        subject: again.id,
        caseNumber: compact(CASE),
        documentKind: 'materialReceipt',
        reprintOf: original.id,
        reason: '申请人遗失凭证',
        printer: 'Counter1',
        copies: 2,
      },
    ]);
    await tick();
    expect(printer.printedTitles()).toEqual([original.id, again.id]);
    expect(Buffer.from(printer.printed[1]!.pdf).equals(Buffer.from(printer.printed[0]!.pdf))).toBe(true);
    expect(service.getJob(original.id)).toMatchObject({ status: 'printed', reprint: false });
  });

  it('audits a re-rendered document queued as a reprint, and refuses a reprint without a reason', async () => {
    const { service, audits } = await setup();
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('O'), reprint: { reason: '打印机卡纸' } });
    expect(job).toMatchObject({ reprint: true, reprintReason: '打印机卡纸', reprintOf: null });
    expect(audits.map((a) => [a.subject, a.reason, a.reprintOf])).toEqual([[job.id, '打印机卡纸', null]]);
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('O'), reprint: { reason: ' ' } })).rejects.toMatchObject({
      code: 'REASON_REQUIRED',
    });
    expect(service.listJobs()).toHaveLength(1);
  });

  it('never prints a reprint the audit could not record', async () => {
    const { service, printer, tick } = await setup({
      audit: async () => {
        throw new Error('disk full');
      },
    });
    const original = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('P') });
    await tick();
    await expect(service.reprint(original.id, '申请人要求再打一份')).rejects.toMatchObject({ code: 'AUDIT_FAILED', message: expect.stringContaining('审计') });
    await tick();
    expect(service.listJobs()).toHaveLength(1);
    expect(printer.printed).toHaveLength(1);
  });

  it('reprints only what printed (otherwise: retry)', async () => {
    const { service, printer } = await setup();
    printer.setOnline('Counter1', false);
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('Q') });
    await expect(service.reprint(job.id, '再打一份')).rejects.toMatchObject({ code: 'BAD_STATE' });
  });

  it('cancels a queued job (held, never printed) and prints it after retry', async () => {
    const { service, printer, tick } = await setup();
    printer.setOnline('Counter1', false);
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('R') });
    await tick();
    expect(await service.cancel(job.id)).toMatchObject({ status: 'held' });
    printer.setOnline('Counter1', true);
    await tick();
    expect(printer.printed).toHaveLength(0);
    await service.retry(job.id);
    await tick();
    expect(service.getJob(job.id).status).toBe('printed');
    await expect(service.cancel(job.id)).rejects.toMatchObject({ code: 'BAD_STATE' });
  });

  it('withdraws a cancelled job from the spooler', async () => {
    const { service, printer, tick } = await setup();
    printer.autoComplete = false;
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('S') });
    await tick();
    await service.cancel(job.id);
    expect(printer.cancelled).toEqual([printer.printed[0]!.spoolerJobId]);
    await tick();
    expect(service.getJob(job.id).status).toBe('held');
  });
});

describe('printer choice', () => {
  it('saves the chosen printer in the settings store, uses it for new jobs, and refuses one that does not exist', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'counter-settings-'));
    dirs.push(dir);
    const settings = new JsonSettingsFile(path.join(dir, 'settings.json'));
    const { service } = await setup({ settings });
    expect(await service.getChosenPrinter()).toBeNull();
    await expect(service.setChosenPrinter('NoSuchPrinter')).rejects.toMatchObject({
      code: 'PRINTER_NOT_FOUND',
      message: '找不到打印机“NoSuchPrinter”，请从列表中选择本机已安装的打印机',
    });
    expect(await service.setChosenPrinter('Counter2')).toBe('Counter2');
    expect(await new JsonSettingsFile(path.join(dir, 'settings.json')).get(PRINTER_SETTING_KEY)).toBe('Counter2');
    const job = await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('T') });
    expect(job.printer).toBe('Counter2');
    await service.setChosenPrinter(null);
    expect(await service.getChosenPrinter()).toBeNull();
    expect((await service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('U') })).printer).toBe('Counter1');
  });

  it('asks for a printer when none is chosen and the system has no default', async () => {
    const printer = new FakePrinter();
    printer.printers = printer.printers.map((p) => ({ ...p, isDefault: false }));
    const { service } = await setup({ printer });
    await expect(service.enqueue({ documentKind: 'acceptanceNotice', caseNumber: CASE, pdf: pdf('V') })).rejects.toMatchObject({
      code: 'NO_PRINTER',
      message: expect.stringContaining('尚未选择打印机'),
    });
  });
});

describe('IPC handlers', () => {
  it('decode the base64 PDF and answer with the job and lists', async () => {
    const { service, printer, tick } = await setup();
    const h = createPrintHandlers(service);
    const bytes = pdf('W');
    const job = await h['print.enqueue']({
      documentKind: 'supplementNotice',
      caseNumber: CASE,
      pdfBase64: Buffer.from(bytes).toString('base64'),
      copies: 1,
    });
    await tick();
    expect(Buffer.from(printer.printed[0]!.pdf).equals(Buffer.from(bytes))).toBe(true);
    expect((await h['print.listJobs']({ limit: 10 })).jobs.map((j) => [j.id, j.status])).toEqual([[job.id, 'printed']]);
    expect((await h['print.listPrinters']()).printers.map((p) => p.name)).toEqual(['Counter1', 'Counter2']);
    expect(await h['print.setPrinter']({ printer: 'Counter2' })).toEqual({ printer: 'Counter2' });
    expect(await h['print.getPrinter']()).toEqual({ printer: 'Counter2' });
    const again = await h['print.reprint']({ jobId: job.id, reason: '申请人要求', copies: 1 });
    expect(again).toMatchObject({ reprint: true, printer: 'Counter2' });
    expect(again).not.toHaveProperty('pdfFile');
    expect(again).not.toHaveProperty('spoolerJobId');
  });
});
