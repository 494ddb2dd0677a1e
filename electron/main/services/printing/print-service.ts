/**
 * Printing as the counter sees it: choose a printer, queue a document, watch it print,
 * retry, cancel, reprint (补打, audited). Behind the IPC contract; the same object serves
 * Electron and the device host.
 */
import { parseServiceNumber } from '../../../../shared/case-number';
import { PRINTER_TEST_CASE, type PrintJobKind } from '../../../../shared/ipc/contract';
import type { PrintAudit } from './audit-log';
import { PrintJobStore, type PrintJob } from './job-store';
import type { Printer, PrinterInfo } from './printer';
import { PrintWorker, type Backoff } from './print-worker';
import type { SettingsStore } from './settings';

export const PRINTER_SETTING_KEY = 'printing.printer';
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_COPIES = 9;

export type PrintServiceErrorCode =
  | 'NO_PRINTER'
  | 'PRINTER_NOT_FOUND'
  | 'BAD_CASE_NUMBER'
  | 'NOT_A_PDF'
  | 'BAD_COPIES'
  | 'REASON_REQUIRED'
  | 'JOB_NOT_FOUND'
  | 'BAD_STATE'
  | 'AUDIT_FAILED';

export class PrintServiceError extends Error {
  constructor(
    readonly code: PrintServiceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrintServiceError';
  }
}

/** What the renderer sees of a job: no file paths, no spooler internals. */
export type PrintJobView = Omit<PrintJob, 'pdfFile' | 'seq' | 'spoolerJobId'>;

export interface EnqueueRequest {
  documentKind: PrintJobKind;
  /** Case or 一件事 bundle number, in any accepted typing. */
  caseNumber: string;
  pdf: Uint8Array;
  copies?: number;
  /** This job only; otherwise the chosen printer, otherwise the system default. */
  printer?: string;
  /** A further copy of an issued document (the PDF marked 补打 by its renderer). */
  reprint?: { reason: string };
}

export interface ListJobsFilter {
  caseNumber?: string;
  statuses?: PrintJob['status'][];
  /** Newest first; default 100. */
  limit?: number;
}

export interface PrintServiceOptions {
  /** The queue's own folder (jobs and PDFs). */
  dir: string;
  printer: Printer;
  settings: SettingsStore;
  audit: PrintAudit;
  now?: () => Date;
  pollMs?: number;
  backoff?: Backoff;
  /** Printed jobs (and their PDFs) are forgotten after this many days; default 30. */
  retentionDays?: number;
  log?: (message: string) => void;
}

export class PrintService {
  private constructor(
    private readonly store: PrintJobStore,
    readonly worker: PrintWorker,
    private readonly printer: Printer,
    private readonly settings: SettingsStore,
    private readonly audit: PrintAudit,
    private readonly now: () => Date,
  ) {}

  static async open(options: PrintServiceOptions): Promise<PrintService> {
    const now = options.now ?? (() => new Date());
    const log = options.log ?? ((m: string) => console.warn(`printing: ${m}`));
    const store = await PrintJobStore.open(options.dir);
    if (store.problems.length > 0) log(`damaged print job files set aside as .corrupt: ${store.problems.join(', ')}`);
    const retentionMs = (options.retentionDays ?? 30) * 24 * 3600 * 1000;
    await store.prunePrinted(new Date(now().getTime() - retentionMs));
    const worker = new PrintWorker({ store, printer: options.printer, now, pollMs: options.pollMs, backoff: options.backoff, log });
    return new PrintService(store, worker, options.printer, options.settings, options.audit, now);
  }

  /** Starts printing what is queued (including what a previous run left). */
  start(): void {
    this.worker.start();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  listPrinters(): Promise<PrinterInfo[]> {
    return this.printer.listPrinters();
  }

  async getChosenPrinter(): Promise<string | null> {
    const value = await this.settings.get(PRINTER_SETTING_KEY);
    return typeof value === 'string' && value !== '' ? value : null;
  }

  /** Saves the terminal's printer; it must exist now. `null` goes back to the system default. */
  async setChosenPrinter(name: string | null): Promise<string | null> {
    if (name !== null) {
      const printers = await this.printer.listPrinters();
      if (!printers.some((p) => p.name === name)) {
        throw new PrintServiceError('PRINTER_NOT_FOUND', `找不到打印机“${name}”，请从列表中选择本机已安装的打印机`);
      }
    }
    await this.settings.set(PRINTER_SETTING_KEY, name ?? undefined);
    return name;
  }

  async enqueue(request: EnqueueRequest): Promise<PrintJobView> {
    // A printer test page belongs to no case; everything else must name a valid one.
    const caseNumber =
      request.documentKind === 'printerTestPage' ? ({ ok: true, value: { compact: PRINTER_TEST_CASE } } as const) : parseServiceNumber(request.caseNumber);
    if (!caseNumber.ok) throw new PrintServiceError('BAD_CASE_NUMBER', caseNumber.message);
    checkPdf(request.pdf);
    const copies = checkCopies(request.copies ?? 1);
    const printer = request.printer ?? (await this.resolvePrinter());
    const reason = request.reprint ? checkReason(request.reprint.reason) : null;
    return this.add(
      { documentKind: request.documentKind, caseNumber: caseNumber.value.compact, printer, copies, reprintReason: reason, reprintOf: null },
      request.pdf,
    );
  }

  /** 补打 of the exact PDF an earlier job printed (e.g. it jammed, or the applicant lost it). */
  async reprint(jobId: string, reason: string, copies = 1): Promise<PrintJobView> {
    const original = this.job(jobId);
    if (original.status !== 'printed') throw new PrintServiceError('BAD_STATE', '该文书尚未打印完成，请使用“重试”而不是“补打”');
    const pdf = await this.store.readPdf(original);
    if (!pdf) throw new PrintServiceError('BAD_STATE', '原打印文件已不在本机，请从办件中重新生成文书后补打');
    const printer = (await this.getChosenPrinter()) ?? original.printer;
    return this.add(
      {
        documentKind: original.documentKind,
        caseNumber: original.caseNumber,
        printer,
        copies: checkCopies(copies),
        reprintReason: checkReason(reason),
        reprintOf: original.id,
      },
      pdf,
    );
  }

  listJobs(filter: ListJobsFilter = {}): PrintJobView[] {
    const compact = filter.caseNumber === undefined ? undefined : parseServiceNumber(filter.caseNumber);
    if (compact && !compact.ok) throw new PrintServiceError('BAD_CASE_NUMBER', compact.message);
    return this.store
      .list()
      .filter((j) => !compact || j.caseNumber === compact.value.compact)
      .filter((j) => !filter.statuses || filter.statuses.includes(j.status))
      .reverse()
      .slice(0, filter.limit ?? 100)
      .map(view);
  }

  getJob(jobId: string): PrintJobView {
    return view(this.job(jobId));
  }

  /** Puts a failed or held job back in the queue, optionally on another printer. */
  retry(jobId: string, printer?: string): Promise<PrintJobView> {
    return this.worker.exclusive(async () => {
      const job = this.job(jobId);
      if (job.status === 'printed') throw new PrintServiceError('BAD_STATE', '该文书已打印，如需再打一份请使用“补打”');
      if (job.status === 'printing') throw new PrintServiceError('BAD_STATE', '该文书正在打印，请稍候');
      const next = await this.store.update(
        job.id,
        { status: 'queued', attempts: 0, lastError: null, notice: null, retryAt: null, ...(printer ? { printer } : {}) },
        this.now(),
      );
      this.worker.kick();
      return view(next);
    });
  }

  /** Stops a job that has not printed (withdrawing it from the spooler); it stays listed as held. */
  cancel(jobId: string): Promise<PrintJobView> {
    return this.worker.exclusive(async () => {
      const job = this.job(jobId);
      if (job.status === 'printed') throw new PrintServiceError('BAD_STATE', '该文书已打印完成，无法取消');
      if (job.status === 'held') return view(job);
      if (job.status === 'printing' && job.spoolerJobId) await this.printer.cancel(job.spoolerJobId);
      const next = await this.store.update(
        job.id,
        { status: 'held', notice: '已取消打印，可点“重试”重新打印', retryAt: null, spoolerJobId: null },
        this.now(),
      );
      return view(next);
    });
  }

  private async add(
    fields: Pick<PrintJob, 'documentKind' | 'caseNumber' | 'printer' | 'copies' | 'reprintReason' | 'reprintOf'>,
    pdf: Uint8Array,
  ): Promise<PrintJobView> {
    const at = this.now().toISOString();
    const reserved = this.store.reserve();
    if (fields.reprintReason !== null) {
      // Audited before the job exists: a reprint that cannot be audited never prints. (If the
      // job cannot be stored afterwards, the audit shows a request that printed nothing.)
      try {
        await this.audit({
          action: 'print.reprint',
          at,
          subject: reserved.id,
          caseNumber: fields.caseNumber,
          documentKind: fields.documentKind,
          reprintOf: fields.reprintOf,
          reason: fields.reprintReason,
          printer: fields.printer,
          copies: fields.copies,
        });
      } catch {
        throw new PrintServiceError('AUDIT_FAILED', '补打未能记入审计日志，因此没有打印。请稍后再试或联系信息技术人员');
      }
    }
    const job = await this.store.add(
      {
        ...fields,
        status: 'queued',
        attempts: 0,
        lastError: null,
        notice: null,
        retryAt: null,
        spoolerJobId: null,
        createdAt: at,
        updatedAt: at,
        printedAt: null,
        reprint: fields.reprintReason !== null,
      },
      pdf,
      reserved,
    );
    this.worker.kick();
    return view(job);
  }

  private async resolvePrinter(): Promise<string> {
    const chosen = await this.getChosenPrinter();
    if (chosen) return chosen;
    // Without a chosen printer the spooler must name its default; if it cannot answer, say why.
    const fallback = (await this.printer.listPrinters()).find((p) => p.isDefault);
    if (fallback) return fallback.name;
    throw new PrintServiceError('NO_PRINTER', '尚未选择打印机，本机也没有默认打印机。请在“打印设置”中选择打印机');
  }

  private job(jobId: string): PrintJob {
    const job = this.store.get(jobId);
    if (!job) throw new PrintServiceError('JOB_NOT_FOUND', '找不到该打印任务');
    return job;
  }
}

function view(job: PrintJob): PrintJobView {
  const { pdfFile: _f, seq: _s, spoolerJobId: _j, ...rest } = job;
  return rest;
}

function checkPdf(pdf: Uint8Array): void {
  const head = String.fromCharCode(...pdf.subarray(0, 5));
  if (head !== '%PDF-') throw new PrintServiceError('NOT_A_PDF', '要打印的内容不是 PDF 文件');
  if (pdf.byteLength > MAX_PDF_BYTES) throw new PrintServiceError('NOT_A_PDF', `PDF 文件过大（超过 ${MAX_PDF_BYTES / 1024 / 1024} MB）`);
}

function checkCopies(copies: number): number {
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) {
    throw new PrintServiceError('BAD_COPIES', `打印份数应为 1 到 ${MAX_COPIES} 份`);
  }
  return copies;
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if ([...trimmed].length < 2 || [...trimmed].length > 200) {
    throw new PrintServiceError('REASON_REQUIRED', '补打须填写原因（2 到 200 个字）');
  }
  return trimmed;
}
