/**
 * Drains the print queue, one job at a time, in queue order.
 *
 * - A job whose printer is offline (CUPS: disabled or rejecting; Windows: offline) or whose
 *   print service is down stays QUEUED with a notice: nothing is wrong with the job, and it
 *   prints by itself once the printer is back. It is not counted as an attempt.
 * - Any other failure marks it FAILED with a Chinese message and a retry time (backoff
 *   5 s, 10 s, 20 s… up to 5 min); after `maxAttempts` it waits for the clerk's 重试.
 * - A printer that does not exist, or a PDF that is gone, fails at once: retrying cannot help.
 * - A job handed to the spooler is PRINTING until the spooler is done with it, then PRINTED.
 *   If the program stops in between, the next start follows the same spooler job: no
 *   second copy. If it stopped after recording PRINTING but before the spooler answered
 *   with an id, nobody knows whether it printed: the job fails and the clerk decides.
 * A failed job waiting for its retry time does not block the jobs behind it.
 */
import { SerialWriter } from './atomic-file';
import type { PrintJob, PrintJobStore } from './job-store';
import { PrintError, type Printer, type PrinterInfo } from './printer';

export interface Backoff {
  baseMs: number;
  maxMs: number;
  /** Attempts after which only the clerk retries. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 5_000, maxMs: 5 * 60_000, maxAttempts: 5 };

export interface PrintWorkerOptions {
  store: PrintJobStore;
  printer: Printer;
  now?: () => Date;
  /** How often the queue is looked at (spooler state, offline printers). */
  pollMs?: number;
  backoff?: Backoff;
  log?: (message: string) => void;
}

export const INTERRUPTED_MESSAGE = '打印过程中程序被中断，无法确认是否已经打出。请核对打印机出纸，如未打出请点“重试”';
export const PDF_MISSING_MESSAGE = '待打印的文件已丢失，请重新生成该文书后再打印';

export const backoffDelay = (attempts: number, b: Backoff) => Math.min(b.baseMs * 2 ** Math.max(0, attempts - 1), b.maxMs);

export class PrintWorker {
  private readonly store: PrintJobStore;
  private readonly printer: Printer;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly backoff: Backoff;
  private readonly log: (message: string) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** Passes and the clerk's changes (retry, cancel) take turns, so neither overwrites the other. */
  private readonly lock = new SerialWriter();
  private stopped = true;

  constructor(options: PrintWorkerOptions) {
    this.store = options.store;
    this.printer = options.printer;
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 2_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.log = options.log ?? ((m) => console.warn(`print worker: ${m}`));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Looks at the queue now (a job was added or retried) instead of at the next poll. */
  kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  /** One pass over the queue; concurrent calls share it (and run once more after it). */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.lock.run(async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    }).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Runs a change to the queue between passes. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.lock.run(task);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), ms);
    this.timer.unref?.();
  }

  private async loop(): Promise<void> {
    try {
      await this.tick();
    } catch (e) {
      this.log(e instanceof Error ? e.message : String(e));
    }
    if (!this.stopped) this.schedule(this.pollMs);
  }

  private async pass(): Promise<void> {
    for (const job of this.store.list()) if (job.status === 'printing') await this.follow(job);

    const now = this.now();
    const due = this.store
      .list()
      .filter((j) => j.status === 'queued' || (j.status === 'failed' && j.retryAt !== null && new Date(j.retryAt) <= now));
    if (due.length === 0) return;

    let printers: PrinterInfo[];
    try {
      printers = await this.printer.listPrinters();
    } catch (e) {
      const error = asPrintError(e);
      for (const job of due) await this.waitFor(job, error.message);
      return;
    }
    for (const job of due) await this.submit(job, printers);
  }

  /** A job in the spooler: done, still there, or dropped by it. */
  private async follow(job: PrintJob): Promise<void> {
    if (!job.spoolerJobId) {
      await this.fail(job, INTERRUPTED_MESSAGE, true);
      return;
    }
    let status;
    try {
      status = await this.printer.jobStatus(job.spoolerJobId);
    } catch (e) {
      this.log(`status of ${job.id}: ${asPrintError(e).detail || asPrintError(e).message}`);
      return;
    }
    if (status.state === 'completed') {
      await this.store.update(
        job.id,
        { status: 'printed', printedAt: this.now().toISOString(), lastError: null, notice: null, retryAt: null },
        this.now(),
      );
    } else if (status.state === 'failed') {
      await this.fail(job, `打印任务被打印服务取消或中止${status.detail ? `（${status.detail}）` : ''}`, false);
    }
  }

  private async submit(job: PrintJob, printers: PrinterInfo[]): Promise<void> {
    const target = printers.find((p) => p.name === job.printer);
    if (!target) {
      await this.fail(job, `找不到打印机“${job.printer}”，请在“打印设置”中选择打印机后点“重试”`, true);
      return;
    }
    if (!target.online) {
      await this.waitFor(job, `打印机“${job.printer}”当前不可用${target.reason ? `（${target.reason}）` : ''}，恢复后将自动打印`);
      return;
    }
    const pdf = await this.store.readPdf(job);
    if (!pdf) {
      await this.fail(job, PDF_MISSING_MESSAGE, true);
      return;
    }
    // Recorded before the spooler sees it, so a crash in between is detected (see follow()).
    const submitting = await this.store.update(
      job.id,
      { status: 'printing', attempts: job.attempts + 1, spoolerJobId: null, notice: null, retryAt: null },
      this.now(),
    );
    let spoolerJobId: string;
    try {
      spoolerJobId = await this.printer.print(pdf, { printer: job.printer, copies: job.copies, title: job.id, media: 'A4' });
    } catch (e) {
      const error = asPrintError(e);
      if (error.code === 'PRINTER_OFFLINE' || error.code === 'PRINT_SERVICE_UNAVAILABLE') {
        // Not the job's fault: give the attempt back and wait.
        await this.store.update(job.id, { status: 'queued', attempts: job.attempts, notice: error.message, retryAt: null }, this.now());
      } else {
        await this.fail(submitting, error.message, error.code === 'PRINTER_NOT_FOUND');
      }
      return;
    }
    const submitted = await this.store.update(job.id, { spoolerJobId }, this.now());
    // Spoolers that take the job synchronously (Windows) are done already.
    await this.follow(submitted);
  }

  private async waitFor(job: PrintJob, notice: string): Promise<void> {
    if (job.status === 'queued' && job.notice === notice) return;
    await this.store.update(job.id, { status: 'queued', notice, retryAt: null, spoolerJobId: null }, this.now());
  }

  private async fail(job: PrintJob, message: string, permanent: boolean): Promise<void> {
    const exhausted = job.attempts >= this.backoff.maxAttempts;
    const retryAt = permanent || exhausted ? null : new Date(this.now().getTime() + backoffDelay(job.attempts, this.backoff)).toISOString();
    const lastError = exhausted && !permanent ? `${message}（已尝试${job.attempts}次，请检查打印机后点“重试”）` : message;
    await this.store.update(job.id, { status: 'failed', lastError, retryAt, notice: null, spoolerJobId: null }, this.now());
  }
}

function asPrintError(e: unknown): PrintError {
  if (e instanceof PrintError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new PrintError('PRINT_FAILED', `打印失败（${detail}）`, detail);
}
