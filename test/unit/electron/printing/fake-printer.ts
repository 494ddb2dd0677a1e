import {
  PrintError,
  type Printer,
  type PrintOptions,
  type PrinterInfo,
  type SpoolerJobState,
  type SpoolerJobStatus,
} from '../../../../electron/main/services/printing/printer';
import { printerNotFound } from '../../../../electron/main/services/printing/printer';

/** A spooler in memory: printers that go offline, jobs that stay pending, errors on demand. */
export class FakePrinter implements Printer {
  printers: PrinterInfo[] = [
    { name: 'Counter1', description: '窗口1打印机', isDefault: true, online: true, reason: '' },
    { name: 'Counter2', description: '窗口2打印机', isDefault: false, online: true, reason: '' },
  ];
  /** Every job the spooler accepted, in order. */
  readonly printed: Array<{ spoolerJobId: string; pdf: Uint8Array; options: PrintOptions }> = [];
  readonly spooler = new Map<string, SpoolerJobState>();
  readonly cancelled: string[] = [];
  /** Thrown by the next print() calls, one each. */
  failures: PrintError[] = [];
  /** Accepted jobs finish at once (true) or stay pending until complete() (false). */
  autoComplete = true;
  serviceDown = false;
  private n = 0;

  setOnline(name: string, online: boolean, reason = ''): void {
    this.printers = this.printers.map((p) => (p.name === name ? { ...p, online, reason: online ? '' : reason } : p));
  }

  complete(spoolerJobId: string, state: SpoolerJobState = 'completed'): void {
    this.spooler.set(spoolerJobId, state);
  }

  printedTitles(): string[] {
    return this.printed.map((p) => p.options.title);
  }

  private down(): PrintError {
    return new PrintError('PRINT_SERVICE_UNAVAILABLE', '本机打印服务（CUPS）未运行，打印任务已保留，服务恢复后将自动打印', 'Scheduler is not running');
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    if (this.serviceDown) throw this.down();
    return this.printers.map((p) => ({ ...p }));
  }

  async print(pdf: Uint8Array, options: PrintOptions): Promise<string> {
    if (this.serviceDown) throw this.down();
    const printer = this.printers.find((p) => p.name === options.printer);
    if (!printer) throw printerNotFound(options.printer);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const spoolerJobId = `${options.printer}-${++this.n}`;
    this.printed.push({ spoolerJobId, pdf: new Uint8Array(pdf), options: { ...options } });
    // Like CUPS: a disabled printer still takes jobs and keeps them pending.
    this.spooler.set(spoolerJobId, this.autoComplete && printer.online ? 'completed' : 'pending');
    return spoolerJobId;
  }

  async jobStatus(spoolerJobId: string): Promise<SpoolerJobStatus> {
    if (this.serviceDown) throw this.down();
    const state = this.spooler.get(spoolerJobId);
    if (!state) throw new Error(`unknown spooler job ${spoolerJobId}`);
    return { state };
  }

  async cancel(spoolerJobId: string): Promise<void> {
    this.cancelled.push(spoolerJobId);
    this.spooler.set(spoolerJobId, 'failed');
  }
}
